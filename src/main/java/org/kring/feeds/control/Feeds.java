package org.kring.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.platform.moderation.Audience;
import org.kring.platform.problems.NotFound;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.responses.control.Roadmap;
import org.kring.threads.control.PostSort;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;

/**
 * The community's Atom feeds: the newest ideas of a topic or a challenge, and the discussion of one idea. They read
 * through the same controls as the pages, so they show exactly what a visitor may see (published content only).
 */
@ApplicationScoped
public class Feeds {

    /** Entries per feed: what a feed reader polls for, not an archive. */
    static final int SIZE = 30;

    @Inject
    Topics topics;

    @Inject
    Challenges challenges;

    @Inject
    Ideas ideas;

    @Inject
    Threads threads;

    @Inject
    Posts posts;

    @Inject
    Roadmap roadmap;

    public Feed topic(String slug, Locale language) {
        Topic topic = topics.bySlug(slug).orElseThrow(() -> new NotFound("There is no topic " + slug + "."));
        List<Idea> newest = ideas.list(new IdeaFilter(slug, null, null, null, null), IdeaSort.NEWEST, null, SIZE).ideas();
        return ideaFeed(topic.name(language), topic.description(language),
                "topic.xhtml?slug=" + slug, newest);
    }

    public Feed challenge(String slug, Locale language) {
        Challenge challenge = challenges.bySlug(slug).orElseThrow(() -> new NotFound("There is no challenge " + slug + "."));
        List<Idea> newest = ideas.list(new IdeaFilter(null, slug, null, null, null), IdeaSort.NEWEST, null, SIZE).ideas();
        return ideaFeed(challenge.title(language),
                "en".equals(language.getLanguage()) ? challenge.getDescriptionEn() : challenge.getDescriptionNl(),
                "topic.xhtml?slug=" + challenge.getTopic().getSlug() + "&challenge=" + slug, newest);
    }

    /**
     * The changelog: ideas the company has done, the latest first, each with the team's official answer (else the
     * idea itself); of one topic, or of all for a null slug.
     */
    public Feed changelog(String topicSlug, Locale language) {
        Roadmap.Column done = roadmap.column(Idea.Status.DONE.name(), topicSlug, null, SIZE);
        List<Feed.Entry> entries = done.entries().stream().map(e -> new Feed.Entry("idea.xhtml?id=" + e.ideaId(), e.title(),
                null, e.since(), e.since(), e.answerHtml())).toList();
        ResourceBundle messages = ResourceBundle.getBundle("org.kring.web.messages", language);
        String title = messages.getString("roadmap.changelog")
                + (topicSlug == null ? "" : " · " + done.entries().stream().findFirst().map(e -> e.topic().name(language)).orElse(topicSlug));
        return new Feed(title, messages.getString("roadmap.lead"),
                "roadmap.xhtml?column=done" + (topicSlug == null ? "" : "&topic=" + topicSlug), latest(entries, Instant.EPOCH), entries);
    }

    /** The idea and the newest posts of its discussion (deleted posts left out). */
    public Feed discussion(long ideaId) {
        Idea idea = ideas.require(ideaId, Audience.PUBLIC);
        String page = "idea.xhtml?id=" + ideaId;
        Optional<DiscussionThread> thread = threads.ofIdea(ideaId, Audience.PUBLIC);
        List<Feed.Entry> entries = new ArrayList<>();
        thread.ifPresent(t -> posts.page(t.getId(), PostSort.NEWEST, null, SIZE, Optional.empty(), Audience.PUBLIC).posts().stream()
                .filter(p -> !p.isDeleted())
                .map(p -> postEntry(page, p)).forEach(entries::add));
        entries.add(ideaEntry(idea));
        return new Feed(idea.getTitle(), null, page, latest(entries, idea.getUpdatedAt()), entries);
    }

    private Feed ideaFeed(String title, String subtitle, String page, List<Idea> newest) {
        List<Feed.Entry> entries = newest.stream().map(Feeds::ideaEntry).toList();
        return new Feed(title, subtitle, page, latest(entries, Instant.EPOCH), entries);
    }

    private static Feed.Entry ideaEntry(Idea idea) {
        return new Feed.Entry("idea.xhtml?id=" + idea.getId(), idea.getTitle(), idea.getAuthor().getDisplayName(),
                idea.getCreatedAt(), idea.getUpdatedAt(), idea.getBodyHtml());
    }

    private static Feed.Entry postEntry(String page, Post post) {
        String text = MarkdownRenderer.toPlainText(post.getBodyHtml()).strip();
        String excerpt = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return new Feed.Entry(page + "#post-" + post.getId(), post.getAuthor().getDisplayName() + ": " + excerpt,
                post.getAuthor().getDisplayName(), post.getCreatedAt(), post.getUpdatedAt(), post.getBodyHtml());
    }

    private static Instant latest(List<Feed.Entry> entries, Instant otherwise) {
        return entries.stream().map(Feed.Entry::updated).max(Comparator.naturalOrder()).orElse(otherwise);
    }
}
