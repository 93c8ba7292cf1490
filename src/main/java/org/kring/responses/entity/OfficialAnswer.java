package org.kring.responses.entity;

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

/** The team's official answer on an idea: one per idea, pinned above its discussion, edited with revisions. */
@Entity
@Table(name = "official_answer")
public class OfficialAnswer {

    @Id
    @SequenceGenerator(name = "official_answer_seq", sequenceName = "official_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "official_answer_seq")
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    /** Who last wrote it (a staff member). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(nullable = false)
    private String body;

    /** The body rendered from Markdown and sanitised: the only form of it a page may show. */
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OfficialAnswer() {
    }

    public OfficialAnswer(long ideaId, Member author, String body, String bodyHtml, String language, Instant at) {
        this.ideaId = ideaId;
        this.createdAt = at;
        rewrite(author, body, bodyHtml, language, at);
    }

    /** New wording; the caller keeps the old one as a revision. */
    public void rewrite(Member author, String body, String bodyHtml, String language, Instant at) {
        this.author = author;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.language = language;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isEdited() {
        return updatedAt.isAfter(createdAt);
    }
}
