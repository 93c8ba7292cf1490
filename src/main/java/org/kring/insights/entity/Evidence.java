package org.kring.insights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kring.members.entity.Member;

/**
 * A quote from an idea or a post, kept exactly as it was quoted: its source, a digest of the source's text at that
 * moment (so the insight can say when the source changed since) and its author's segment then.
 */
@Entity
@Table(name = "insight_evidence")
public class Evidence {

    @Id
    @SequenceGenerator(name = "insight_evidence_seq", sequenceName = "insight_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insight_evidence_seq")
    private Long id;

    @Column(name = "insight_id", nullable = false, updatable = false)
    private long insightId;

    /** "idea" or "post", as the search index names them. */
    @Column(name = "source_type", nullable = false, updatable = false)
    private String sourceType;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    /** The idea of the source (the idea itself, or the idea whose discussion holds the post); null for a standalone thread. */
    @Column(name = "idea_id", updatable = false)
    private Long ideaId;

    /** The discussion that holds a quoted post. */
    @Column(name = "thread_id", updatable = false)
    private Long threadId;

    @Column(nullable = false, updatable = false)
    private String quote;

    @Column(name = "source_digest", nullable = false, updatable = false)
    private String sourceDigest;

    @Column(name = "author_age_band", updatable = false)
    private String authorAgeBand;

    @Column(name = "author_region", updatable = false)
    private String authorRegion;

    @Column(name = "author_customer_type", updatable = false)
    private String authorCustomerType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "added_by", updatable = false)
    private Member addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected Evidence() {
    }

    public Evidence(long insightId, String sourceType, long sourceId, Long ideaId, Long threadId, String quote,
                    String sourceDigest, Member author, Member addedBy, Instant addedAt) {
        this.insightId = insightId;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.ideaId = ideaId;
        this.threadId = threadId;
        this.quote = quote;
        this.sourceDigest = sourceDigest;
        this.authorAgeBand = author.getAgeBand();
        this.authorRegion = author.getRegion();
        this.authorCustomerType = author.getCustomerType();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public long getInsightId() {
        return insightId;
    }

    public String getSourceType() {
        return sourceType;
    }

    public long getSourceId() {
        return sourceId;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getQuote() {
        return quote;
    }

    public String getSourceDigest() {
        return sourceDigest;
    }

    public String getAuthorAgeBand() {
        return authorAgeBand;
    }

    public String getAuthorRegion() {
        return authorRegion;
    }

    public String getAuthorCustomerType() {
        return authorCustomerType;
    }

    public Member getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
