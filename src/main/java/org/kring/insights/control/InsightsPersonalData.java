package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalData;
import org.kring.platform.privacy.PersonalRows;

/**
 * An analyst's saved insights, quotes kept, comments, matrix placements and pilots: the company's knowledge, so on
 * erasure they stay under the former member (a quote's own author is not stored, only their segment).
 */
@ApplicationScoped
public class InsightsPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "insights";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        out.writeStartObject();
        out.writeKey("savedInsights");
        PersonalRows.write(em, out, "select id, title, statement, state, created_at from saved_insight where owner_id = ?1 "
                + "order by id", memberId, "id", "title", "statement", "state", "createdAt");
        out.writeKey("comments");
        PersonalRows.write(em, out, "select insight_id, body, created_at from insight_comment where author_id = ?1 order by id",
                memberId, "insightId", "body", "createdAt");
        out.writeKey("pilots");
        PersonalRows.write(em, out, "select id, start_date, expected_return, outcome, learning from pilot where owner_id = ?1 "
                + "order by id", memberId, "id", "startDate", "expectedReturn", "outcome", "learning");
        out.writeEnd();
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        PersonalRows.update(em, "update saved_insight set owner_id = ?2 where owner_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update insight_evidence set added_by = ?2 where added_by = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update insight_comment set author_id = ?2 where author_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update matrix_placement set placed_by = ?2 where placed_by = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update pilot set owner_id = ?2 where owner_id = ?1", memberId, formerMemberId);
    }
}
