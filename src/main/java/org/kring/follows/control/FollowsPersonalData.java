package org.kring.follows.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalRows;
import org.kring.platform.privacy.PersonalData;

/** What a member follows: theirs alone, so it goes with the account. */
@ApplicationScoped
public class FollowsPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "follows";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        PersonalRows.write(em, out, "select lower(target_type), target_id, created_at from follow where member_id = ?1 "
                + "order by created_at", memberId, "type", "id", "since");
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        em.createNativeQuery("delete from follow where member_id = ?1").setParameter(1, memberId).executeUpdate();
    }
}
