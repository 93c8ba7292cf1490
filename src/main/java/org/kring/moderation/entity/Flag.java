package org.kring.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import org.kring.members.entity.Member;

/** A member's flag on a queue item: one per member and item (a second flag updates the reason). */
@Entity
public class Flag {

    public enum Reason { SPAM, OFFENSIVE, OFF_TOPIC, DUPLICATE, PERSONAL_DATA, OTHER }

    /** What the decision said about this flag: it feeds the flagger's weight on later flags. */
    public enum Outcome { UPHELD, REJECTED }

    @Id
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "flagger_id")
    private Member flagger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    private String text;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(nullable = false)
    private BigDecimal weight;

    @Column(name = "weight_basis", nullable = false)
    private String weightBasis;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Flag() {
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public Member getFlagger() {
        return flagger;
    }

    public Reason getReason() {
        return reason;
    }

    public String getText() {
        return text;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public String getWeightBasis() {
        return weightBasis;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
