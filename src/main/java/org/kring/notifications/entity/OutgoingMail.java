package org.kring.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A notification e-mail waiting in the outbox (or sent): to whom, in which language, about what. Inserted by SQL only. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    @Id
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "to_address", nullable = false)
    private String toAddress;

    @Column(name = "to_name", nullable = false)
    private String toName;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String subject;

    private String status;

    private String excerpt;

    @Column(nullable = false)
    private String link;

    @Column(nullable = false)
    private int attempts;

    /** A digest's notifications (comma-separated ids); null for a mail about one notification. */
    @Column(name = "digest_ids")
    private String digestIds;

    protected OutgoingMail() {
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getToName() {
        return toName;
    }

    public String getLanguage() {
        return language;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getStatus() {
        return status;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getLink() {
        return link;
    }

    public int getAttempts() {
        return attempts;
    }

    public boolean isDigest() {
        return digestIds != null;
    }

    /** The ids of a digest's notifications, as the digest job chose them. */
    public List<Long> getDigestIds() {
        return digestIds == null ? List.of() : Arrays.stream(digestIds.split(",")).map(Long::valueOf).toList();
    }
}
