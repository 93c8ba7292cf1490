package org.kring.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of the moderation log: who did what to which target, why, and the state before (so it can be undone). */
@Entity
@Table(name = "moderation_action")
public class ModerationAction {

    /**
     * What a moderator (or the automatic hide) did; WARN, SILENCE, SUSPEND and BAN are sanctions on a member. HOLD:
     * pre-moderation held a contribution for a moderator (automatic); WATCH, UNWATCH: a member put on or taken off watch.
     * EDIT: a moderator reworded another member's idea or post (the state before names the revision that keeps the old
     * wording).
     */
    public enum Kind { AUTO_HIDE, APPROVE, HIDE, UNHIDE, DELETE, LOCK, UNLOCK, PIN, UNPIN, UNDO, WARN, SILENCE, SUSPEND, BAN, MERGE, MOVE,
        HOLD, WATCH, UNWATCH, EDIT }

    @Id
    @SequenceGenerator(name = "moderation_action_seq", sequenceName = "moderation_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_action_seq")
    private Long id;

    @Column(name = "item_id")
    private Long itemId;

    /** Null for an automatic action. */
    @Column(name = "moderator_id")
    private Long moderatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind action;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private TargetType targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "author_id")
    private Long authorId;

    private String reason;

    @Column(name = "state_before", nullable = false)
    private String stateBefore;

    @Column(name = "state_after", nullable = false)
    private String stateAfter;

    @Column(name = "undoes_id")
    private Long undoesId;

    @Column(name = "undone_by_id")
    private Long undoneById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The other contribution of a two-sided action: for MERGE the idea merged into. */
    @Column(name = "related_id")
    private Long relatedId;

    protected ModerationAction() {
    }

    public ModerationAction(Long itemId, Long moderatorId, Kind action, TargetType targetType, long targetId, Long authorId,
                            String reason, String stateBefore, String stateAfter, Long undoesId, Instant createdAt) {
        this.itemId = itemId;
        this.moderatorId = moderatorId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.authorId = authorId;
        this.reason = reason;
        this.stateBefore = stateBefore;
        this.stateAfter = stateAfter;
        this.undoesId = undoesId;
        this.createdAt = createdAt;
    }

    public void relatedTo(long id) {
        this.relatedId = id;
    }

    public void undoneBy(long undoId) {
        this.undoneById = undoId;
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getModeratorId() {
        return moderatorId;
    }

    public Kind getAction() {
        return action;
    }

    public TargetType getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getReason() {
        return reason;
    }

    public String getStateBefore() {
        return stateBefore;
    }

    public String getStateAfter() {
        return stateAfter;
    }

    public Long getUndoesId() {
        return undoesId;
    }

    public Long getUndoneById() {
        return undoneById;
    }

    public Long getRelatedId() {
        return relatedId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
