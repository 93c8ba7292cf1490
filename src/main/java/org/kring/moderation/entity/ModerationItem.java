package org.kring.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One contribution or member that needs (or needed) a moderator's decision: a row of the queue. Its counters,
 * state and claim are changed by atomic SQL in the controls (concurrent flags and moderators), never by setters.
 */
@Entity
@Table(name = "moderation_item")
public class ModerationItem {

    public enum State { OPEN, DECIDED }

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private TargetType targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "topic_id")
    private Long topicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private BigDecimal score;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    @Column(name = "last_reason")
    private String lastReason;

    @Column(name = "auto_hidden", nullable = false)
    private boolean autoHidden;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    private String decision;

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    /** Why pre-moderation holds the target (null: it waits because of flags). */
    @Column(name = "held_reason")
    private String heldReason;

    protected ModerationItem() {
    }

    public Long getId() {
        return id;
    }

    public TargetType getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Long getTopicId() {
        return topicId;
    }

    public State getState() {
        return state;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getFlagCount() {
        return flagCount;
    }

    public String getLastReason() {
        return lastReason;
    }

    public boolean isAutoHidden() {
        return autoHidden;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getDecision() {
        return decision;
    }

    public Long getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public String getHeldReason() {
        return heldReason;
    }

    /** Whether another moderator than this one holds an unexpired claim at this moment. */
    public boolean claimedByOtherThan(long moderatorId, Instant now) {
        return claimedBy != null && claimedBy != moderatorId && claimedUntil != null && claimedUntil.isAfter(now);
    }
}
