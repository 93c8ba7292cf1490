package org.kring.threads.entity;

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

/** A post's body as it was before an edit, and who edited it when. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "post_revision_seq", sequenceName = "post_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_revision_seq")
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false)
    private String body;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "editor_id")
    private Member editor;

    protected PostRevision() {
    }

    public PostRevision(long postId, String body, Instant editedAt, Member editor) {
        this.postId = postId;
        this.body = body;
        this.editedAt = editedAt;
        this.editor = editor;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public String getBody() {
        return body;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Member getEditor() {
        return editor;
    }
}
