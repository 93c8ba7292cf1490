package org.kring.topics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Locale;
import org.kring.platform.text.Bilingual;

/** An always-on board of the community (Packaging, Sustainability, ...), named in Dutch and English. */
@Entity
public class Topic {

    @Id
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_nl", nullable = false)
    private String descriptionNl;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(nullable = false)
    private int position;

    /** Set while archived: the topic leaves boards and new-idea choices, what it holds stays readable. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Topic() {
    }

    public Topic(String slug, String nameNl, String nameEn, String descriptionNl, String descriptionEn, int position) {
        this.slug = slug;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public int getPosition() {
        return position;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** Shown on boards and offered for new ideas and threads. */
    public boolean isListed() {
        return archivedAt == null;
    }

    /** New names and descriptions (the slug stays: it is in links, feeds and the search index). */
    public void rename(String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    /** Archived since the given moment, or listed again for null. */
    public void archive(Instant at) {
        this.archivedAt = at;
    }

    /** The name in the reader's language: Dutch for Dutch readers, English for everyone else. */
    public String name(Locale locale) {
        return Bilingual.pick(locale, nameNl, nameEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionNl, descriptionEn);
    }
}
