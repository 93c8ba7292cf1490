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
import org.kring.members.entity.Member;

/**
 * An idea or a saved insight on the value/effort matrix: its value as a manual score (0–10) or by RICE (impact,
 * confidence and the reach basis here, reach computed from votes and segments when the matrix is read), and its effort (person-weeks) with a note.
 */
@Entity
@Table(name = "matrix_placement")
public class Placement {

    /** How the value is given. */
    public enum ValueMode { MANUAL, RICE }

    /** What RICE counts as reach: the members reached, or those members weighted by the segments among them. */
    public enum ReachBasis { MEMBERS, SEGMENTS }

    @Id
    @SequenceGenerator(name = "matrix_placement_seq", sequenceName = "matrix_placement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matrix_placement_seq")
    private Long id;

    /** "idea" or "insight". */
    @Column(name = "item_type", nullable = false, updatable = false)
    private String itemType;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "value_mode", nullable = false)
    private String valueMode;

    @Column(name = "manual_value")
    private Integer manualValue;

    private Double impact;

    private Integer confidence;

    @Column(name = "reach_basis", nullable = false)
    private String reachBasis = ReachBasis.MEMBERS.name();

    @Column(nullable = false)
    private double effort;

    @Column(name = "effort_note")
    private String effortNote;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placed_by")
    private Member placedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Placement() {
    }

    public Placement(String itemType, long itemId) {
        this.itemType = itemType;
        this.itemId = itemId;
    }

    public void score(ValueMode mode, Integer manualValue, Double impact, Integer confidence, ReachBasis reachBasis, double effort,
                      String effortNote, Member placedBy, Instant at) {
        this.reachBasis = reachBasis.name();
        this.valueMode = mode.name();
        this.manualValue = manualValue;
        this.impact = impact;
        this.confidence = confidence;
        this.effort = effort;
        this.effortNote = effortNote;
        this.placedBy = placedBy;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getItemType() {
        return itemType;
    }

    public long getItemId() {
        return itemId;
    }

    public ValueMode getValueMode() {
        return ValueMode.valueOf(valueMode);
    }

    public Integer getManualValue() {
        return manualValue;
    }

    public Double getImpact() {
        return impact;
    }

    public Integer getConfidence() {
        return confidence;
    }

    public ReachBasis getReachBasis() {
        return ReachBasis.valueOf(reachBasis);
    }

    public double getEffort() {
        return effort;
    }

    public String getEffortNote() {
        return effortNote;
    }

    public Member getPlacedBy() {
        return placedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
