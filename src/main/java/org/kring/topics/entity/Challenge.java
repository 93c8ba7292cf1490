package org.kring.topics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Locale;
import org.kring.platform.text.Bilingual;

/** A time-boxed question from the company inside a topic; ideas may answer it while it is open. */
@Entity
public class Challenge {

    @Id
    @SequenceGenerator(name = "challenge_seq", sequenceName = "challenge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "title_nl", nullable = false)
    private String titleNl;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "description_nl", nullable = false)
    private String descriptionNl;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** One line that invites members in, shown under the title on boards and the home page. */
    @Column(name = "cover_text", nullable = false)
    private String coverText = "";

    /** What the company did with the ideas, once published (null before). */
    @Column(name = "outcome_nl")
    private String outcomeNl;

    @Column(name = "outcome_en")
    private String outcomeEn;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    protected Challenge() {
    }

    public Challenge(Topic topic, String slug, String titleNl, String titleEn, String descriptionNl,
                     String descriptionEn, Instant opensAt, Instant closesAt, Instant createdAt) {
        this.topic = topic;
        this.slug = slug;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdAt = createdAt;
    }

    /** Open from its opening moment up to (not including) its closing moment. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleNl, titleEn);
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCoverText() {
        return coverText;
    }

    public String getOutcomeNl() {
        return outcomeNl;
    }

    public String getOutcomeEn() {
        return outcomeEn;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    /** The published outcome in the reader's language; null before one is published. */
    public String outcome(Locale locale) {
        return outcomeAt == null ? null : Bilingual.pick(locale, outcomeNl, outcomeEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionNl, descriptionEn);
    }

    /** New texts and period (the slug and topic stay: ideas answer this challenge inside its topic). */
    public void change(String titleNl, String titleEn, String descriptionNl, String descriptionEn, String coverText,
                       Instant opensAt, Instant closesAt) {
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
        this.coverText = coverText;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** Stops taking ideas at the given moment; a challenge that had not opened yet never opens. */
    public void closeAt(Instant at) {
        if (opensAt.isAfter(at)) {
            opensAt = at;
        }
        closesAt = at;
    }

    public void publishOutcome(String outcomeNl, String outcomeEn, Instant at) {
        this.outcomeNl = outcomeNl;
        this.outcomeEn = outcomeEn;
        this.outcomeAt = at;
    }
}
