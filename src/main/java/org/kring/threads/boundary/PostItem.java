package org.kring.threads.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.kring.threads.entity.Post;

/** A post as the idea page shows it; bodyHtml is the sanitised rendering, null when deleted or hidden. */
public record PostItem(long id, Long parentId, int depth, String author, String bodyHtml, int likeCount,
                       boolean liked, boolean mine, Instant createdAt, boolean edited) implements Serializable {

    /** Deeper replies are indented no further than this, so that they stay readable on a phone. */
    public static final int MAX_INDENT = 4;

    static PostItem of(Post p, boolean liked, Long reader) {
        return new PostItem(p.getId(), p.getParentId(), p.getDepth(), p.getAuthor().getDisplayName(),
                p.isVisible() ? p.getBodyHtml() : null, p.getLikeCount(), liked,
                reader != null && reader.equals(p.getAuthor().getId()), p.getCreatedAt(),
                !p.isDeleted() && p.getUpdatedAt().isAfter(p.getCreatedAt()));
    }

    public int getIndent() {
        return Math.min(depth, MAX_INDENT);
    }

    PostItem withLikes(int count, boolean nowLiked) {
        return new PostItem(id, parentId, depth, author, bodyHtml, count, nowLiked, mine, createdAt, edited);
    }

    PostItem deleted() {
        return new PostItem(id, parentId, depth, author, null, likeCount, liked, mine, createdAt, false);
    }
}
