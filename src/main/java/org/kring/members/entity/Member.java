package org.kring.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** Someone with an account: a consumer, a moderator, an analyst or an admin. */
@Entity
public class Member {

    public enum Role { MEMBER, MODERATOR, ANALYST, ADMIN }

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Optional profile attributes for insights; never shown publicly. */
    @Column(name = "age_band")
    private String ageBand;

    private String region;

    @Column(name = "customer_type")
    private String customerType;

    /** Set by moderation; the member cannot log in or use a token before this moment. */
    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    /** Set by moderation; the member may read but not write (post, vote, like, flag) before this moment. */
    @Column(name = "silenced_until")
    private Instant silencedUntil;

    /** False from sign-up until the member followed the link mailed to their address: until then they only read. */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;

    protected Member() {
    }

    public Member(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public String getRegion() {
        return region;
    }

    public String getCustomerType() {
        return customerType;
    }

    /** Sets the optional profile attributes (each may be null). */
    public void setProfile(String ageBand, String region, String customerType) {
        this.ageBand = ageBand;
        this.region = region;
        this.customerType = customerType;
    }

    public Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    /** Set by an admin (members.control.MemberRoles); the next request of the member's tokens and sessions has it. */
    public void setRole(Role role) {
        this.role = role;
    }

    public void setSuspendedUntil(Instant suspendedUntil) {
        this.suspendedUntil = suspendedUntil;
    }

    public Instant getSilencedUntil() {
        return silencedUntil;
    }

    public void setSilencedUntil(Instant silencedUntil) {
        this.silencedUntil = silencedUntil;
    }

    public boolean isSilencedAt(Instant now) {
        return silencedUntil != null && silencedUntil.isAfter(now);
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void setEmailVerified(boolean emailVerified) {
        this.emailVerified = emailVerified;
    }
}
