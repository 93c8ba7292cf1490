package org.kring.votes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalRows;
import org.kring.platform.privacy.PersonalData;

/** A member's votes: exported; on erasure they stay, as the former member's, so no idea loses a vote. */
@ApplicationScoped
public class VotesPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "votes";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        PersonalRows.write(em, out, "select v.idea_id, i.title, v.created_at from vote v join idea i on i.id = v.idea_id "
                + "where v.member_id = ?1 order by v.created_at", memberId, "ideaId", "ideaTitle", "votedAt");
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        em.createNativeQuery("update vote set member_id = ?2 where member_id = ?1")
                .setParameter(1, memberId).setParameter(2, formerMemberId).executeUpdate();
    }
}
