package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalData;
import org.kring.platform.privacy.PersonalRows;

/**
 * Moderation's share of a member's data: the flags they raised, and the decisions about their content. On erasure the
 * flags and the log stay (scores, queue and audit trail exact) under the former member; the free text of their flags
 * goes when they asked for their content to go.
 */
@ApplicationScoped
public class ModerationPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "moderation";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        out.writeStartObject();
        out.writeKey("flagsRaised");
        PersonalRows.write(em, out, "select i.target_type, i.target_id, f.reason, f.text, f.outcome, f.created_at from flag f "
                + "join moderation_item i on i.id = f.item_id where f.flagger_id = ?1 order by f.created_at", memberId,
                "targetType", "targetId", "reason", "text", "outcome", "createdAt");
        out.writeKey("decisionsAboutMyContent");
        PersonalRows.write(em, out, "select target_type, target_id, action, reason, created_at from moderation_action "
                + "where author_id = ?1 order by created_at", memberId, "targetType", "targetId", "action", "reason", "at");
        out.writeEnd();
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        if (deleteContent) {
            PersonalRows.update(em, "update flag set text = null where flagger_id = ?1", memberId, formerMemberId);
        }
        PersonalRows.update(em, "update flag set flagger_id = ?2 where flagger_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update moderation_item set author_id = ?2 where author_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update moderation_item set decided_by = ?2 where decided_by = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update moderation_item set claimed_by = null, claimed_until = null where claimed_by = ?1",
                memberId, formerMemberId);
        PersonalRows.update(em, "update moderation_action set moderator_id = ?2 where moderator_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update moderation_action set author_id = ?2 where author_id = ?1", memberId, formerMemberId);
    }
}
