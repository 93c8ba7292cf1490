package org.kring.ideas.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier wording of an idea, kept when it is edited. */
@Entity
@Table(name = "idea_revision")
public class IdeaRevision {

    @Id
    @SequenceGenerator(name = "idea_revision_seq", sequenceName = "idea_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_revision_seq")
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String tags;

    @Column(name = "editor_id", nullable = false)
    private long editorId;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected IdeaRevision() {
    }

    /** Keeps the idea's current wording, as replaced by this editor at this moment. */
    public IdeaRevision(Idea idea, long editorId, Instant editedAt) {
        this.ideaId = idea.getId();
        this.title = idea.getTitle();
        this.body = idea.getBody();
        this.tags = String.join(" ", idea.getTags());
        this.editorId = editorId;
        this.editedAt = editedAt;
    }

    public Long getId() {
        return id;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getTags() {
        return tags;
    }

    public long getEditorId() {
        return editorId;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
