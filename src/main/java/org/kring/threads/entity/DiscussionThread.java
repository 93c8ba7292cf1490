package org.kring.threads.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.kring.platform.moderation.ModerationState;
import org.kring.topics.entity.Topic;

/** A discussion: the thread of an idea (every idea owns one) or a standalone thread in a topic. */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread {


    @Id
    @SequenceGenerator(name = "discussion_thread_seq", sequenceName = "discussion_thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_thread_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    /** The owning idea, or null for a standalone thread. */
    @Column(name = "idea_id")
    private Long ideaId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String language;

    /** Maintained by atomic SQL updates (Posts), never by setting this field. */
    @Column(name = "post_count", nullable = false, updatable = false)
    private int postCount;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean pinned;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_state", nullable = false)
    private ModerationState moderationState;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DiscussionThread() {
    }

    public DiscussionThread(Topic topic, Long ideaId, Member author, String title, String language, Instant at) {
        this.topic = topic;
        this.ideaId = ideaId;
        this.author = author;
        this.title = title;
        this.language = language;
        this.lastPostAt = at;
        this.moderationState = ModerationState.PUBLISHED;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public boolean isStandalone() {
        return ideaId == null;
    }

    public Member getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getLastPostAt() {
        return lastPostAt;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    /** A moderator moves the thread (with its idea, or a standalone one) to another topic. */
    public void moveTo(Topic topic) {
        this.topic = topic;
    }

    /** Moderation shows or hides the thread (see ModerationState). */
    public void moderate(ModerationState state) {
        this.moderationState = state;
    }

    public boolean isPinned() {
        return pinned;
    }

    public ModerationState getModerationState() {
        return moderationState;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
