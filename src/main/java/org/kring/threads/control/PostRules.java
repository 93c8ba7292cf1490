package org.kring.threads.control;

import java.util.Optional;
import org.kring.members.control.ModeratorScope;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;

/**
 * Who may do what with a post: pure rules, checked on the server before every write. Each rule answers
 * with the refusal (403 or 409 and why), or empty when the action is allowed; {@link #enforce} throws it.
 */
public final class PostRules {

    public static final int MAX_BODY = 10_000;
    /** A rendering larger than this is refused (e.g. one long link referenced thousands of times). */
    public static final int MAX_BODY_HTML = 200_000;

    /** Why an action is refused: 403 (not yours) or 409 (not in this state). */
    public record Refusal(int status, String reason) {
        static Optional<Refusal> forbidden(String reason) {
            return Optional.of(new Refusal(403, reason));
        }

        static Optional<Refusal> conflict(String reason) {
            return Optional.of(new Refusal(409, reason));
        }
    }

    private PostRules() {
    }

    /** A body is Markdown of 1 to 10,000 characters, stored as typed. */
    public static InvalidInput.Checks checkBody(InvalidInput.Checks checks, String body) {
        return checks.text("body", body, 1, MAX_BODY)
                .that("body", body == null || body.length() <= MAX_BODY, "must be at most " + MAX_BODY + " characters")
                .that("body", body == null || body.indexOf('\0') < 0, "must not contain NUL characters");
    }

    /** Throws the refusal, if any: {@link Forbidden} or {@link Conflict}. */
    public static void enforce(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            throw r.status() == 403 ? new Forbidden(r.reason()) : new Conflict(r.reason());
        }
    }

    /** Posts go to open threads only. */
    public static Optional<Refusal> mayPost(DiscussionThread thread) {
        return thread.isLocked() ? Refusal.conflict("Thread " + thread.getId() + " is locked: it takes no new posts.")
                : Optional.empty();
    }

    /**
     * The author may edit; so may a moderator of the thread's topic ({@code moderator}: the editor's scope when they are
     * a moderator or admin). Nobody edits a deleted post, and only such a moderator a post in a locked thread.
     */
    public static Optional<Refusal> mayEdit(Post post, DiscussionThread thread, long memberId, Optional<ModeratorScope.Scope> moderator) {
        boolean moderates = moderates(thread, moderator);
        if (post.getAuthor().getId() != memberId && !moderates) {
            return Refusal.forbidden(notTheirs(post, moderator, "edit"));
        }
        if (post.isDeleted()) {
            return Refusal.conflict("Post " + post.getId() + " is deleted.");
        }
        if (thread.isLocked() && !moderates) {
            return Refusal.conflict("Thread " + thread.getId() + " is locked: its posts can no longer be edited.");
        }
        return Optional.empty();
    }

    /** The author may delete; so may a moderator of the thread's topic. */
    public static Optional<Refusal> mayDelete(Post post, DiscussionThread thread, long memberId, Optional<ModeratorScope.Scope> moderator) {
        return post.getAuthor().getId() != memberId && !moderates(thread, moderator)
                ? Refusal.forbidden(notTheirs(post, moderator, "delete"))
                : Optional.empty();
    }

    private static boolean moderates(DiscussionThread thread, Optional<ModeratorScope.Scope> moderator) {
        return moderator.filter(scope -> scope.covers(thread.getTopic().getId())).isPresent();
    }

    private static String notTheirs(Post post, Optional<ModeratorScope.Scope> moderator, String verb) {
        return moderator.isPresent()
                ? "Post " + post.getId() + " is in a topic you do not moderate: only its author may " + verb + " it; nothing changed."
                : "Only the author of post " + post.getId() + " or a moderator may " + verb + " it.";
    }

    /**
     * Members like other members' posts, not their own: a like says "this helped me", it feeds the
     * "liked" order and search ranking, and a self-like would only inflate one's own visibility.
     */
    public static Optional<Refusal> mayLike(Post post, long memberId) {
        if (post.getAuthor().getId() == memberId) {
            return Refusal.forbidden("You cannot like your own post.");
        }
        return post.isVisible() ? Optional.empty() : Refusal.conflict("Post " + post.getId() + " is deleted.");
    }
}
