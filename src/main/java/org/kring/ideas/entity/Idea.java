package org.kring.ideas.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kring.members.entity.Member;
import org.kring.platform.moderation.ModerationState;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;

/** A member's idea for the company, posted in a topic. */
@Entity
public class Idea {

    /** DUPLICATE: merged into another idea by a moderator (see {@link #getMergedIntoId()}). */
    public enum Status { NEW, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, DECLINED, DUPLICATE }

    @Id
    @SequenceGenerator(name = "idea_seq", sequenceName = "idea_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "challenge_id")
    private Challenge challenge;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    /** The body rendered from Markdown and sanitised: the only form of it a page may show. */
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    /** The tags for display, space separated; {@link #tagSet} is what filters use. */
    @Column(nullable = false)
    private String tags;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "idea_tag", joinColumns = @JoinColumn(name = "idea_id"))
    @Column(name = "tag")
    private Set<String> tagSet = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_state", nullable = false)
    private ModerationState moderationState;

    /**
     * When members first saw the idea: its posting, or a moderator's approval when pre-moderation held it. The response
     * clock starts here. Null: never shown yet. Set once: hiding it and showing it again does not move it.
     */
    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "hot_score", nullable = false)
    private double hotScore;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "vote_count", nullable = false)
    private int voteCount;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The idea this one was merged into as a duplicate (null: not merged). */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the team first responded: an official answer or a status change away from NEW (null: not yet). */
    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** When the idea entered its current status (its posting, while NEW): the roadmap's order. */
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected Idea() {
    }

    /** A new idea, shown to members at once unless pre-moderation {@code held} it for a moderator. */
    public Idea(Topic topic, Challenge challenge, Member author, String title, String body, String bodyHtml,
                List<String> tags, String language, Instant createdAt, boolean held) {
        this.topic = topic;
        this.challenge = challenge;
        this.author = author;
        this.language = language;
        this.status = Status.NEW;
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
        edit(title, body, bodyHtml, tags, createdAt);
        moderate(held ? ModerationState.HELD : ModerationState.PUBLISHED, createdAt);
    }

    /** New wording by the author (or a moderator); the caller keeps the old one as a revision. */
    public void edit(String title, String body, String bodyHtml, List<String> tags, Instant at) {
        this.title = title;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.tags = String.join(" ", tags);
        this.tagSet.clear();
        this.tagSet.addAll(tags);
        this.updatedAt = at;
    }

    /** The company moves the idea along its workflow (NEW, UNDER_REVIEW, PLANNED, ...). */
    public void moveTo(Status status, Instant at) {
        if (status != this.status) {
            this.statusChangedAt = at;
        }
        this.status = status;
        this.updatedAt = at;
        if (status != Status.NEW) {
            responded(at);
        }
    }

    /** The team responded (answer or status change); only the first response starts nothing new on the clock. */
    public void responded(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    /** A moderator merges this idea into another as its duplicate. */
    public void mergeInto(long targetId) {
        this.mergedIntoId = targetId;
        this.status = Status.DUPLICATE;
    }

    /** Unmerge: the idea stands alone again with the status it had. */
    public void unmerge(Status statusBefore) {
        this.mergedIntoId = null;
        this.status = statusBefore;
    }

    /** A moderator moves the idea to another topic (and challenge, or none). */
    public void moveTo(Topic topic, Challenge challenge) {
        this.topic = topic;
        this.challenge = challenge;
    }

    /** Moderation shows or hides the idea (see ModerationState); the first time members may see it, it is published. */
    public void moderate(ModerationState state, Instant at) {
        this.moderationState = state;
        if (state == ModerationState.PUBLISHED && publishedAt == null) {
            publishedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Member getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public List<String> getTags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" "));
    }

    public Challenge getChallenge() {
        return challenge;
    }

    public ModerationState getModerationState() {
        return moderationState;
    }

    public double getHotScore() {
        return hotScore;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public int getVoteCount() {
        return voteCount;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
