package org.kring.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word or phrase admins watch in what members write (lower case), per language (nl, en or any), and what it does. */
@Entity
@Table(name = "watched_word")
public class WatchedWord {

    /** HOLD: the contribution waits for a moderator; BLOCK: it is refused; REPLACE: the word is censored when stored. */
    public enum Action { HOLD, BLOCK, REPLACE }

    /** The language value that watches a word in Dutch and English text alike. */
    public static final String ANY = "any";

    @Id
    @SequenceGenerator(name = "watched_word_seq", sequenceName = "watched_word_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watched_word_seq")
    private Long id;

    @Column(nullable = false)
    private String word;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    private String replacement;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WatchedWord() {
    }

    public WatchedWord(String word, String language, Action action, String replacement, Long createdBy, Instant createdAt) {
        this.word = word;
        this.language = language;
        this.action = action;
        this.replacement = replacement;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getWord() {
        return word;
    }

    public String getLanguage() {
        return language;
    }

    public Action getAction() {
        return action;
    }

    public String getReplacement() {
        return replacement;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
