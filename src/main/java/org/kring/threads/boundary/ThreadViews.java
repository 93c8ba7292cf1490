package org.kring.threads.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kring.threads.control.Posts;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;
import org.kring.threads.entity.PostRevision;
import org.kring.platform.text.MarkdownRenderer;

/** Threads and posts as the API shows them: HTML only in its rendered, sanitised form; absent values as null. */
public final class ThreadViews {

    private ThreadViews() {
    }

    @JsonbNillable
    public record ThreadView(long id, String topic, Long ideaId, String title, String language, String author,
                             int postCount, Instant lastPostAt, boolean locked, boolean pinned, Instant createdAt,
                             String moderationState) {
        static ThreadView of(DiscussionThread t) {
            return new ThreadView(t.getId(), t.getTopic().getSlug(), t.getIdeaId(), t.getTitle(), t.getLanguage(),
                    t.getAuthor().getDisplayName(), t.getPostCount(), t.getLastPostAt(), t.isLocked(), t.isPinned(),
                    t.getCreatedAt(), t.getModerationState().name());
        }
    }

    /** An idea's thread: where to read and post its discussion. */
    public record IdeaThreadView(long threadId, long ideaId, int postCount, Instant lastPostAt, boolean locked) {
        static IdeaThreadView of(DiscussionThread t) {
            return new IdeaThreadView(t.getId(), t.getIdeaId(), t.getPostCount(), t.getLastPostAt(), t.isLocked());
        }
    }

    /**
     * A post. {@code bodyHtml} is null when the post is deleted; members never get a post
     * that moderation took out of view, staff get it with its {@code moderationState}; {@code likedByMe}
     * is null for an anonymous reader. {@code depth} lets a UI cap its indentation.
     */
    @JsonbNillable
    public record PostView(long id, long threadId, Long parentId, int depth, long authorId, String author,
                           String bodyHtml, int likeCount, Boolean likedByMe, boolean deleted, boolean edited,
                           Instant createdAt, Instant updatedAt, String moderationState) {
        static PostView of(Post p, Boolean likedByMe) {
            return new PostView(p.getId(), p.getThreadId(), p.getParentId(), p.getDepth(), p.getAuthor().getId(),
                    p.getAuthor().getDisplayName(), p.isDeleted() ? null : p.getBodyHtml(), p.getLikeCount(), likedByMe,
                    p.isDeleted(), !p.isDeleted() && p.getUpdatedAt().isAfter(p.getCreatedAt()), p.getCreatedAt(),
                    p.getUpdatedAt(), p.getModerationState().name());
        }
    }

    /** A page of posts; {@code nextCursor} is the cursor of the following page (absent after the last). */
    public record PostPage(long threadId, String sort, int limit, long total, boolean hasMore, String nextCursor,
                           List<PostView> posts) {
        static PostPage of(long threadId, String sort, int limit, Posts.Page page, boolean authenticated) {
            return new PostPage(threadId, sort, limit, page.total(), page.nextCursor() != null, page.nextCursor(), page.posts().stream()
                    .map(p -> PostView.of(p, authenticated ? page.likedByReader().contains(p.getId()) : null)).toList());
        }
    }

    /** An earlier body of a post, rendered like the post itself. */
    @Schema(name = "PostRevisionView")
    public record RevisionView(long id, String bodyHtml, Instant editedAt, String editor) {
        static RevisionView of(PostRevision r) {
            return new RevisionView(r.getId(), MarkdownRenderer.toSafeHtml(r.getBody()), r.getEditedAt(),
                    r.getEditor().getDisplayName());
        }
    }

    public record LikeView(long postId, boolean liked, int likeCount) {
    }
}
