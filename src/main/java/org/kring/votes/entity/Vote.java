package org.kring.votes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;

/** A member's vote on an idea: at most one per member and idea (the primary key). */
@Entity
@IdClass(Vote.Key.class)
public class Vote {

    /** The primary key: idea and member. */
    public record Key(long ideaId, long memberId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "idea_id")
    private long ideaId;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Vote() {
    }

    public long getIdeaId() {
        return ideaId;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
