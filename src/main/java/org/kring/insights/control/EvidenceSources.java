package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.insights.entity.Evidence;
import org.kring.members.entity.Member;
import org.kring.platform.moderation.Audience;
import org.kring.platform.problems.InvalidInput;
import org.kring.threads.control.Posts;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.Post;

/**
 * The ideas and posts that evidence quotes, read through their own features' controls, so that who sees what stays
 * the one rule of moderation's {@link Audience}: a source that members no longer see (hidden, or a deleted post) is
 * "hidden", a source whose text differs from its text when quoted is "changed".
 */
@ApplicationScoped
public class EvidenceSources {

    public static final String IDEA = "idea";
    public static final String POST = "post";

    /** How a quote's source stands now, to members. */
    public enum SourceState { UNCHANGED, CHANGED, HIDDEN }

    /** A source as it reads now: where it lives, its text as written and as rendered, its author. */
    public record Source(String type, long id, Long ideaId, Long threadId, String markdown, String html, Member author) {
        public String digest() {
            return Quotes.digest(markdown);
        }
    }

    @Inject
    Ideas ideas;

    @Inject
    Posts posts;

    @Inject
    Threads threads;

    /**
     * The source of a quote as this audience sees it, the quote checked against it: a 422 naming {@code field}.sourceId
     * when there is no such source to see, {@code field}.quote when the passage does not occur in it.
     */
    public Source quoted(String field, QuoteDraft draft, Audience audience) {
        InvalidInput.check().that(field + ".sourceType", IDEA.equals(draft.sourceType()) || POST.equals(draft.sourceType()),
                        "must be idea or post")
                .that(field + ".sourceId", draft.sourceId() != null, "must be the id of the quoted idea or post")
                .text(field + ".quote", draft.quote(), 3, 2000).orThrow();
        Source source = find(draft.sourceType(), draft.sourceId(), audience).orElseThrow(() -> InvalidInput.unprocessable(
                field + ".sourceId", "there is no " + draft.sourceType() + " " + draft.sourceId() + " to quote"));
        if (!Quotes.occursIn(draft.quote(), source.markdown(), source.html())) {
            throw InvalidInput.unprocessable(field + ".quote", "does not occur in " + draft.sourceType() + " " + draft.sourceId());
        }
        return source;
    }

    /** Each piece of evidence's source state by evidence id, as members see the sources now: two queries in all. */
    public Map<Long, SourceState> states(List<Evidence> evidence) {
        Map<Long, String> ideaDigests = new HashMap<>();
        ideas.byIds(evidence.stream().filter(e -> IDEA.equals(e.getSourceType())).map(Evidence::getSourceId).distinct().toList())
                .forEach(idea -> ideaDigests.put(idea.getId(), source(idea).digest()));
        Map<Long, String> postDigests = new HashMap<>();
        posts.byIds(evidence.stream().filter(e -> POST.equals(e.getSourceType())).map(Evidence::getSourceId).distinct().toList(),
                        Audience.PUBLIC).stream().filter(Post::isVisible)
                .forEach(post -> postDigests.put(post.getId(), Quotes.digest(post.getBody())));
        Map<Long, SourceState> states = new HashMap<>();
        for (Evidence e : evidence) {
            String now = (IDEA.equals(e.getSourceType()) ? ideaDigests : postDigests).get(e.getSourceId());
            states.put(e.getId(), now == null ? SourceState.HIDDEN
                    : now.equals(e.getSourceDigest()) ? SourceState.UNCHANGED : SourceState.CHANGED);
        }
        return states;
    }

    private Optional<Source> find(String type, long id, Audience audience) {
        if (IDEA.equals(type)) {
            return ideas.find(id, audience).map(EvidenceSources::source);
        }
        return posts.find(id, audience).filter(p -> !p.isDeleted()).flatMap(post -> threads.find(post.getThreadId(), audience)
                .map(thread -> source(post, thread)));
    }

    private static Source source(Idea idea) {
        return new Source(IDEA, idea.getId(), idea.getId(), null, idea.getTitle() + "\n\n" + idea.getBody(),
                idea.getTitle() + " " + idea.getBodyHtml(), idea.getAuthor());
    }

    private static Source source(Post post, DiscussionThread thread) {
        return new Source(POST, post.getId(), thread.getIdeaId(), thread.getId(), post.getBody(), post.getBodyHtml(), post.getAuthor());
    }
}
