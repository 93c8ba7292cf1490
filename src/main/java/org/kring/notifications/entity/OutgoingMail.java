package org.kring.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
}
