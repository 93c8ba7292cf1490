package org.kring.insights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.kring.members.entity.Member;

/** A placement chosen as a pilot: who runs it, from when, what it should return; later its outcome and learning. */
@Entity
@Table(name = "pilot")
public class Pilot {

    @Id
    @SequenceGenerator(name = "pilot_seq", sequenceName = "pilot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", updatable = false)
    private Placement placement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Member owner;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "expected_return", nullable = false)
    private String expectedReturn;

    private String outcome;

    private String learning;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Pilot() {
    }

    public Pilot(Placement placement, Member owner, LocalDate startDate, String expectedReturn, Instant at) {
        this.placement = placement;
        this.owner = owner;
        this.startDate = startDate;
        this.expectedReturn = expectedReturn;
        this.createdAt = at;
    }

    /** The pilot ended: what came of it and what was learned. */
    public void end(String outcome, String learning, Instant at) {
        this.outcome = outcome;
        this.learning = learning;
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Placement getPlacement() {
        return placement;
    }

    public Member getOwner() {
        return owner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getExpectedReturn() {
        return expectedReturn;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getLearning() {
        return learning;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
