package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalData;
import org.kring.platform.privacy.PersonalRows;

/**
 * A staff member's official answers and status changes: the company's word, so on erasure they stay (an idea keeps its
 * answer and history) under the former member.
 */
@ApplicationScoped
public class ResponsesPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "responses";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        out.writeStartObject();
        out.writeKey("officialAnswers");
        PersonalRows.write(em, out, "select idea_id, body, created_at, updated_at from official_answer where author_id = ?1 "
                + "order by created_at", memberId, "ideaId", "body", "createdAt", "updatedAt");
        out.writeKey("statusChanges");
        PersonalRows.write(em, out, "select idea_id, from_status, to_status, changed_at from idea_status_change "
                + "where changed_by = ?1 order by changed_at", memberId, "ideaId", "from", "to", "at");
        out.writeEnd();
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        PersonalRows.update(em, "update official_answer set author_id = ?2 where author_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update official_answer_revision set editor_id = ?2 where editor_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update idea_status_change set changed_by = ?2 where changed_by = ?1", memberId, formerMemberId);
    }
}
