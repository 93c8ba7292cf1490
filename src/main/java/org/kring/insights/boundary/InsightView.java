package org.kring.insights.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.kring.insights.control.EvidenceSources;
import org.kring.insights.control.SavedInsights;
import org.kring.insights.entity.Evidence;
import org.kring.insights.entity.InsightComment;
import org.kring.members.entity.Member;

/**
 * A saved insight as the API shows it: workbench is the address that re-opens its filter; each piece of evidence
 * says whether its source is UNCHANGED, CHANGED since it was quoted, or HIDDEN from members now (the quote stays as
 * quoted). mayChange: whether the caller may change or delete it.
 */
@JsonbNillable
public record InsightView(long id, String title, String statement, String filter, String workbench, List<String> tags,
                          String state, Person owner, List<IdeaLink> ideas, List<EvidenceView> evidence,
                          List<CommentView> comments, boolean mayChange, Instant createdAt, Instant updatedAt) {

    public record Person(long id, String displayName) {
        static Person of(Member member) {
            return new Person(member.getId(), member.getDisplayName());
        }
    }

    public record IdeaLink(long id, String title, String link) {
    }

    /** The author's segment when the passage was quoted. */
    @JsonbNillable
    public record Segment(String ageBand, String region, String customerType) {
    }

    @JsonbNillable
    public record EvidenceView(long id, String sourceType, long sourceId, Long ideaId, Long threadId, String link, String quote,
                               Segment authorSegment, String sourceState, Person addedBy, Instant addedAt) {

        static EvidenceView of(Evidence e, EvidenceSources.SourceState state) {
            return new EvidenceView(e.getId(), e.getSourceType(), e.getSourceId(), e.getIdeaId(), e.getThreadId(), link(e), e.getQuote(),
                    new Segment(e.getAuthorAgeBand(), e.getAuthorRegion(), e.getAuthorCustomerType()), state.name(),
                    Person.of(e.getAddedBy()), e.getAddedAt());
        }

        /** Where the source is read: the idea's page, or the post in its discussion (an idea's or a standalone one). */
        static String link(Evidence e) {
            if (EvidenceSources.IDEA.equals(e.getSourceType())) {
                return "/idea.xhtml?id=" + e.getSourceId();
            }
            return (e.getIdeaId() != null ? "/idea.xhtml?id=" + e.getIdeaId() : "/thread.xhtml?id=" + e.getThreadId())
                    + "#post-" + e.getSourceId();
        }
    }

    public record CommentView(long id, Person author, String body, Instant createdAt) {
        static CommentView of(InsightComment c) {
            return new CommentView(c.getId(), Person.of(c.getAuthor()), c.getBody(), c.getCreatedAt());
        }
    }

    static InsightView of(SavedInsights.Full full, boolean mayChange) {
        var i = full.insight();
        return new InsightView(i.getId(), i.getTitle(), i.getStatement(), i.getFilter(),
                "/insights.xhtml" + (i.getFilter() == null ? "" : "?" + i.getFilter()), i.getTags().stream().sorted().toList(),
                i.getState().name(), Person.of(i.getOwner()),
                full.ideas().stream().map(idea -> new IdeaLink(idea.getId(), idea.getTitle(), "/idea.xhtml?id=" + idea.getId())).toList(),
                full.evidence().stream().map(e -> EvidenceView.of(e, full.states().get(e.getId()))).toList(),
                full.comments().stream().map(CommentView::of).toList(), mayChange, i.getCreatedAt(), i.getUpdatedAt());
    }
}
