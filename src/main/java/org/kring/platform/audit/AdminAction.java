package org.kring.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the admin audit log: who did what to which target, and the state before and after. */
@Entity
@Table(name = "admin_action")
public class AdminAction {

    @Id
    @SequenceGenerator(name = "admin_action_seq", sequenceName = "admin_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_action_seq")
    private Long id;

    @Column(name = "admin_id", nullable = false)
    private long adminId;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "state_before")
    private String stateBefore;

    @Column(name = "state_after")
    private String stateAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AdminAction() {
    }

    public AdminAction(long adminId, String action, String targetType, long targetId, String stateBefore, String stateAfter,
                       Instant createdAt) {
        this.adminId = adminId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.stateBefore = stateBefore;
        this.stateAfter = stateAfter;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAdminId() {
        return adminId;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getStateBefore() {
        return stateBefore;
    }

    public String getStateAfter() {
        return stateAfter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
