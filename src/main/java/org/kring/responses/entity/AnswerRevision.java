package org.kring.responses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An official answer's body as it was before an edit, and who edited it when. */
@Entity
@Table(name = "official_answer_revision")
public class AnswerRevision {

    @Id
    @SequenceGenerator(name = "official_answer_revision_seq", sequenceName = "official_answer_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "official_answer_revision_seq")
    private Long id;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

    @Column(nullable = false)
    private String body;

    @Column(name = "editor_id", nullable = false)
    private long editorId;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected AnswerRevision() {
    }

    public AnswerRevision(long answerId, String body, long editorId, Instant editedAt) {
        this.answerId = answerId;
        this.body = body;
        this.editorId = editorId;
        this.editedAt = editedAt;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public long getEditorId() {
        return editorId;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
