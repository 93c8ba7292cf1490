package org.kring.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * Something a member should hear about, as it was when it happened: kind, subject (e.g. the idea's title), the
 * status it moved to, an excerpt (e.g. of the official answer) and where to read more. Inserted by SQL only.
 */
@Entity
public class Notification {

    /**
     * What happened; the pages word each kind in the reader's language. The moderation kinds tell an author what
     * moderation did with their contribution (the reason as excerpt) and a flagger what became of their flag.
     * REPLIED: someone replied to my post; MENTIONED: someone named me ({@code @Name}) in an idea, thread or post.
     */
    public enum Kind { STATUS_CHANGED, ANSWERED, HIDDEN, HIDDEN_BY_FLAGS, DELETED, RESTORED, FLAG_UPHELD, FLAG_REJECTED,
        WARNED, SILENCED, SUSPENDED, BANNED, HELD, APPROVED, WEBHOOK_DISABLED, REPLIED, MENTIONED, NEW_IDEA }

    @Id
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String subject;

    private String status;

    private String excerpt;

    @Column(nullable = false)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getStatus() {
        return status;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
