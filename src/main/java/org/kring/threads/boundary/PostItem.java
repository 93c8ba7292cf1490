package org.kring.threads.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.kring.platform.moderation.ModerationState;
import org.kring.threads.entity.Post;

/**
 * A post as the idea page shows it; bodyHtml is the sanitised rendering, null when deleted or hidden. {@code held}: the
 * reader's own post that waits for a moderator (only its author and staff get it), shown marked.
 */
public record PostItem(long id, Long parentId, int depth, String author, String bodyHtml, int likeCount,
                       boolean liked, boolean mine, Instant createdAt, boolean edited, boolean held) implements Serializable {

    /** Deeper replies are indented no further than this, so that they stay readable on a phone. */
    public static final int MAX_INDENT = 4;

    static PostItem of(Post p, boolean liked, Long reader) {
        boolean held = !p.isDeleted() && p.getModerationState() == ModerationState.HELD;
        return new PostItem(p.getId(), p.getParentId(), p.getDepth(), p.getAuthor().getDisplayName(),
                p.isVisible() || held ? p.getBodyHtml() : null, p.getLikeCount(), liked,
                reader != null && reader.equals(p.getAuthor().getId()), p.getCreatedAt(),
                !p.isDeleted() && p.getUpdatedAt().isAfter(p.getCreatedAt()), held);
    }

    public int getIndent() {
        return Math.min(depth, MAX_INDENT);
    }

    PostItem withLikes(int count, boolean nowLiked) {
        return new PostItem(id, parentId, depth, author, bodyHtml, count, nowLiked, mine, createdAt, edited, held);
    }

    PostItem edited(String newBodyHtml) {
        return new PostItem(id, parentId, depth, author, newBodyHtml, likeCount, liked, mine, createdAt, true, held);
    }

    PostItem deleted() {
        return new PostItem(id, parentId, depth, author, null, likeCount, liked, mine, createdAt, false, false);
    }
}
