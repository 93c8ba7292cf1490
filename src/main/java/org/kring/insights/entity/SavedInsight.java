package org.kring.insights.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kring.members.entity.Member;

/** An analyst's insight: a statement, the workbench filter behind it, tags, the ideas it concerns, and a state. */
@Entity
@Table(name = "saved_insight")
public class SavedInsight {

    @Id
    @SequenceGenerator(name = "saved_insight_seq", sequenceName = "saved_insight_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_insight_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String statement;

    /** The workbench's query string that produced the insight (insights.xhtml?filter re-opens it); may be null. */
    private String filter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InsightState state;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    private Member owner;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "saved_insight_tag", joinColumns = @JoinColumn(name = "insight_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "saved_insight_idea", joinColumns = @JoinColumn(name = "insight_id"))
    @Column(name = "idea_id")
    private Set<Long> ideaIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SavedInsight() {
    }

    public SavedInsight(Member owner, Instant at) {
        this.owner = owner;
        this.state = InsightState.DRAFT;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void describe(String title, String statement, String filter, InsightState state, Collection<String> tags,
                         Collection<Long> ideaIds, Instant at) {
        this.title = title;
        this.statement = statement;
        this.filter = filter;
        this.state = state;
        this.tags.clear();
        this.tags.addAll(tags);
        this.ideaIds.clear();
        this.ideaIds.addAll(ideaIds);
        this.updatedAt = at;
    }

    public void changeState(InsightState state, Instant at) {
        this.state = state;
        this.updatedAt = at;
    }

    /** Evidence or a comment was added: the insight counts as changed. */
    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStatement() {
        return statement;
    }

    public String getFilter() {
        return filter;
    }

    public InsightState getState() {
        return state;
    }

    public Member getOwner() {
        return owner;
    }

    public Set<String> getTags() {
        return tags;
    }

    public Set<Long> getIdeaIds() {
        return ideaIds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
