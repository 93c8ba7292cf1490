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

    @Test
    void anUnchangedFeedIsA304WithoutABodyAndAChangedOneIsNot() {
        Api.Answer first = new Api(base).get("api/v1/feeds/topics/verpakking");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        Api.Answer again = new Api(base).withHeader("If-None-Match", etag).get("api/v1/feeds/topics/verpakking");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        new Community(new Api(base)).newMember("Nieuwe schrijver").postJson("api/v1/ideas", Json.createObjectBuilder()
                .add("title", "Nog een idee voor de feed").add("body", "Nieuw.").add("topic", "verpakking")
                .add("language", "nl").build().toString());
        assertThat(new Api(base).withHeader("If-None-Match", etag).get("api/v1/feeds/topics/verpakking").status()).isEqualTo(200);
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
