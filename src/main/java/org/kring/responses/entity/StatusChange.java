package org.kring.responses.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.kring.ideas.entity.Idea;
import org.kring.members.entity.Member;

/** One step of an idea along the status workflow: from what to what, by whom, when, and the team's note. */
@Entity
@Table(name = "idea_status_change")
public class StatusChange {

    @Id
    @SequenceGenerator(name = "idea_status_change_seq", sequenceName = "idea_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_status_change_seq")
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private Idea.Status from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private Idea.Status to;

    /** The team's note to the community, plain text; null without one. */
    private String message;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by")
    private Member changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
    }

    public StatusChange(long ideaId, Idea.Status from, Idea.Status to, String message, Member changedBy, Instant changedAt) {
        this.ideaId = ideaId;
        this.from = from;
        this.to = to;
        this.message = message;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Idea.Status getFrom() {
        return from;
    }

    public Idea.Status getTo() {
        return to;
    }

    public String getMessage() {
        return message;
    }

    public Member getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
