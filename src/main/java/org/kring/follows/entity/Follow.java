package org.kring.follows.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A member follows an idea, a thread or a topic, and hears about what happens there. */
@Entity
public class Follow {

    /** What can be followed. */
    public enum Target { IDEA, THREAD, TOPIC }

    @Id
    @SequenceGenerator(name = "follow_seq", sequenceName = "follow_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_seq")
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private Target targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    public Follow(long memberId, Target targetType, long targetId, Instant createdAt) {
        this.memberId = memberId;
        this.targetType = targetType;
        this.targetId = targetId;
        this.createdAt = createdAt;
    }

    public long getMemberId() {
        return memberId;
    }

    public Target getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
