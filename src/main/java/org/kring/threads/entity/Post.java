package org.kring.threads.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.kring.members.entity.Member;
import org.kring.platform.moderation.ModerationState;

/**
 * A member's post in a thread: an answer to the thread (depth 0) or a reply to another post of the
 * same thread (its parent's depth + 1). A deleted post keeps its row, so its replies keep their place.
 */
@Entity
public class Post {

    @Id
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    private Long id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(nullable = false, updatable = false)
    private int depth;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private Member author;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    /** Maintained by atomic SQL updates (Likes), never by setting this field. */
    @Column(name = "like_count", nullable = false, updatable = false)
    private int likeCount;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_state", nullable = false)
    private ModerationState moderationState;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Post() {
    }

    public Post(long threadId, Post parent, Member author, String body, String bodyHtml, Instant at) {
        this.threadId = threadId;
        this.parentId = parent == null ? null : parent.getId();
        this.depth = parent == null ? 0 : parent.getDepth() + 1;
        this.author = author;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.moderationState = ModerationState.PUBLISHED;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void edit(String body, String bodyHtml, Instant at) {
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.updatedAt = at;
    }

    /** Moderation shows or hides the post (see ModerationState). */
    public void moderate(ModerationState state) {
        this.moderationState = state;
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getDepth() {
        return depth;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public int getLikeCount() {
        return likeCount;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public ModerationState getModerationState() {
        return moderationState;
    }

    /** Shown to readers: not deleted and published. */
    public boolean isVisible() {
        return !deleted && moderationState == ModerationState.PUBLISHED;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
