package org.kring.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;

/**
 * The Atom feeds as a feed reader meets them (valid Atom, newest first, announced by the pages, 304 when unchanged),
 * and what link previews and search engines get (Open Graph, canonical address, robots.txt, sitemap.xml).
 */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {

    private static final String DEMO_PASSWORD = "kring-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static SyndFeed parse(Api.Answer answer) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    @Test
    void aNewIdeaIsTheFirstEntryOfItsTopicsFeedAndItsDiscussionHasAFeedToo() throws Exception {
        Api member = new Community(new Api(base)).newMember("Feedlezer");
        String title = "Een idee voor de feed " + System.nanoTime() % 100_000;
        assertThat(parse(new Api(base).get("api/v1/feeds/topics/verpakking")).getEntries())
                .as("read before the idea: the document kept for this ETag must not outlive it").extracting(SyndEntry::getTitle)
                .doesNotContain(title);
        Api.Answer posted = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Met **vet** & <script>alert(1)</script>").add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long id = posted.json().asJsonObject().getJsonNumber("id").longValue();

        SyndFeed topic = parse(new Api(base).get("api/v1/feeds/topics/verpakking"));
        SyndEntry first = topic.getEntries().getFirst();
        assertThat(first.getTitle()).isEqualTo(title);
        assertThat(first.getLink()).endsWith("idea.xhtml?id=" + id);
        assertThat(first.getContents().getFirst().getValue()).contains("<strong>vet</strong>").doesNotContain("<script>");
        assertThat(first.getAuthor()).isEqualTo("Feedlezer");
        assertThat(new Api(base).get("api/v1/feeds/topics/verpakking").body()).contains("xml:lang=\"nl\"");
        assertThat(parse(new Api(base).get("api/v1/feeds/topics/verpakking?lang=en")).getTitle()).isNotEqualTo(topic.getTitle());

        SyndFeed discussion = parse(new Api(base).get("api/v1/feeds/ideas/" + id));
        assertThat(discussion.getEntries()).extracting(SyndEntry::getTitle).contains(title);

        String page = new Api(base).get("topic.xhtml?slug=verpakking").body();
        assertThat(page).contains("type=\"application/atom+xml\"").contains("/api/v1/feeds/topics/verpakking");
        assertThat(new Api(base).get("idea.xhtml?id=" + id).body()).contains("/api/v1/feeds/ideas/" + id);
    }

    /**
     * A feed reader polls with the ETag: 304 (answered from the feed's change counter, without the database) until
     * something the feed shows changes: an idea posted, a post under it, its status set to done, the idea hidden.
     */
    @Test
    void aPollWithTheEtagIsA304UntilAnIdeaIsPostedDiscussedDoneOrHiddenAndThenShowsTheChange() throws Exception {
        Api anonymous = new Api(base);
        Community community = new Community(anonymous);
        String topicFeed = "api/v1/feeds/topics/verpakking";
        Api.Answer first = anonymous.get(topicFeed);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        Api.Answer unchanged = anonymous.withHeader("If-None-Match", etag).get(topicFeed);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(anonymous.withHeader("If-Modified-Since", first.header("Last-Modified")).get(topicFeed).status())
                .as("a reader that sends only the date").isEqualTo(304);
        String otherFeed = "api/v1/feeds/topics/klantenservice";
        String otherEtag = anonymous.get(otherFeed).header("ETag");

        Api author = community.newMember("Nieuwe schrijver");
        String title = "Nog een idee voor de feed " + System.nanoTime() % 100_000;
        Api.Answer posted = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title).add("body", "Nieuw.")
                .add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long id = posted.json().asJsonObject().getJsonNumber("id").longValue();
        Api.Answer changed = anonymous.withHeader("If-None-Match", etag).get(topicFeed);
        assertThat(parse(changed).getEntries().getFirst().getTitle()).isEqualTo(title);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(anonymous.withHeader("If-None-Match", otherEtag).get(otherFeed).status())
                .as("another topic's readers keep their 304").isEqualTo(304);

        String discussionFeed = "api/v1/feeds/ideas/" + id;
        String discussionEtag = anonymous.get(discussionFeed).header("ETag");
        assertThat(anonymous.withHeader("If-None-Match", discussionEtag).get(discussionFeed).status()).isEqualTo(304);
        long thread = author.get("api/v1/ideas/" + id + "/thread").json().asJsonObject().getJsonNumber("threadId").longValue();
        Api.Answer reacted = community.newMember("Reageerder").postJson("api/v1/threads/" + thread + "/posts",
                Json.createObjectBuilder().add("body", "Een reactie voor de feedlezer").build().toString());
        assertThat(reacted.status()).as(reacted.body()).isEqualTo(201);
        Api.Answer discussion = anonymous.withHeader("If-None-Match", discussionEtag).get(discussionFeed);
        assertThat(parse(discussion).getEntries()).extracting(SyndEntry::getTitle).anySatisfy(t -> assertThat(t).contains("Een reactie voor de feedlezer"));

        Api admin = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD));
        for (String status : new String[] {"UNDER_REVIEW", "PLANNED", "IN_PROGRESS"}) {
            moveTo(admin, id, status, null);
        }
        String changelogFeed = "api/v1/feeds/changelog?topic=verpakking";
        String changelogEtag = anonymous.get(changelogFeed).header("ETag");
        assertThat(anonymous.withHeader("If-None-Match", changelogEtag).get(changelogFeed).status()).isEqualTo(304);
        moveTo(admin, id, "DONE", "Gedaan, dank voor het idee.");
        Api.Answer changelog = anonymous.withHeader("If-None-Match", changelogEtag).get(changelogFeed);
        assertThat(parse(changelog).getEntries()).extracting(SyndEntry::getTitle).contains(title);

        String beforeHiding = anonymous.get(topicFeed).header("ETag");
        assertThat(anonymous.withHeader("If-None-Match", beforeHiding).get(topicFeed).status()).isEqualTo(304);
        Api.Answer flagged = community.newMember("Melder").postJson("api/v1/flags", Json.createObjectBuilder()
                .add("targetType", "IDEA").add("targetId", id).add("reason", "OFF_TOPIC").build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        Api moderator = anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD));
        Api.Answer hidden = moderator.postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("reason", "Off topic").add("itemIds", Json.createArrayBuilder()
                        .add(flagged.json().asJsonObject().getJsonNumber("itemId").longValue())).build().toString());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(parse(anonymous.withHeader("If-None-Match", beforeHiding).get(topicFeed)).getEntries())
                .extracting(SyndEntry::getTitle).doesNotContain(title);
        assertThat(anonymous.withHeader("If-None-Match", discussionEtag).get(discussionFeed).status())
                .as("the hidden idea's own feed").isEqualTo(404);
    }

    private static void moveTo(Api team, long idea, String status, String answer) {
        var body = Json.createObjectBuilder().add("status", status);
        if (answer != null) {
            body.add("answer", answer);
        }
        Api.Answer moved = team.putJson("api/v1/ideas/" + idea + "/status", body.build().toString());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    @Test
    void sharedLinksGetAPreviewAndSearchEnginesASitemap() throws Exception {
        Api member = new Community(new Api(base)).newMember("Deler");
        String title = "Een idee om te delen " + System.nanoTime() % 100_000;
        long id = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Zo ziet het eruit als je het deelt.").add("topic", "verpakking").add("language", "nl").build()
                .toString()).json().asJsonObject().getJsonNumber("id").longValue();
        String page = new Api(base).get("idea.xhtml?id=" + id + "&sort=newest").body();
        assertThat(page).contains("<meta property=\"og:title\" content=\"" + title + "\"")
                .contains("<meta property=\"og:description\" content=\"Zo ziet het eruit als je het deelt.\"")
                .containsPattern("<link rel=\"canonical\" href=\"http[^\"]*/idea.xhtml\\?id=" + id + "\"")
                .containsPattern("<meta property=\"og:image\" content=\"http[^\"]*/icon-512.png\"")
                .contains("<meta name=\"twitter:card\" content=\"summary\"");

        Api.Answer robots = new Api(base).get("robots.txt");
        assertThat(robots.body()).contains("Disallow: /api/").containsPattern("Sitemap: http\\S*/sitemap.xml");
        Api.Answer sitemap = new Api(base).get("sitemap.xml");
        assertThat(sitemap.contentType()).startsWith("application/xml");
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(sitemap.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("urlset");
        assertThat(sitemap.body()).contains("/idea.xhtml?id=" + id + "</loc>").contains("/topic.xhtml?slug=verpakking</loc>");
    }

    @Test
    void missingFeedsAndBadLanguagesAreProblems() {
        new Api(base).get("api/v1/feeds/topics/bestaat-niet").problem(404);
        new Api(base).get("api/v1/feeds/ideas/987654321").problem(404);
        new Api(base).get("api/v1/feeds/topics/verpakking?lang=de").problem(400);
    }
}
