package org.kring.threads.control;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;

/** Who may do what with a post: pure rules, checked on the server before every write. */
public final class PostRules {

    public static final int MAX_BODY = 10_000;
    /** A rendering larger than this is refused (e.g. one long link referenced thousands of times). */
    public static final int MAX_BODY_HTML = 200_000;

    private PostRules() {
    }

    /** Replies go to open threads only. */
    public static void requireOpen(DiscussionThread thread) {
        if (thread.isLocked()) {
            throw conflict("Thread " + thread.getId() + " is locked: it takes no new posts.");
        }
    }

    /** The author may edit; moderators too. Nobody edits a deleted post, and authors not in a locked thread. */
    public static void requireMayEdit(Post post, DiscussionThread thread, long memberId, boolean moderator) {
        if (post.getAuthor().getId() != memberId && !moderator) {
            throw new ForbiddenException("Only the author of post " + post.getId() + " or a moderator may edit it.");
        }
        if (post.isDeleted()) {
            throw conflict("Post " + post.getId() + " is deleted.");
        }
        if (thread.isLocked() && !moderator) {
            throw conflict("Thread " + thread.getId() + " is locked: its posts can no longer be edited.");
        }
    }

    public static void requireMayDelete(Post post, long memberId, boolean moderator) {
        if (post.getAuthor().getId() != memberId && !moderator) {
            throw new ForbiddenException("Only the author of post " + post.getId() + " or a moderator may delete it.");
        }
    }

    /**
     * Members like other members' posts, not their own: a like says "this helped me", it feeds the
     * "liked" order and search ranking, and a self-like would only inflate one's own visibility.
     */
    public static void requireMayLike(Post post, long memberId) {
        if (post.getAuthor().getId() == memberId) {
            throw new ForbiddenException("You cannot like your own post.");
        }
        if (!post.isVisible()) {
            throw conflict("Post " + post.getId() + " is deleted.");
        }
    }

    static ClientErrorException conflict(String message) {
        return new ClientErrorException(message, Response.Status.CONFLICT);
    }
}
