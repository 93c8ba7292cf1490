package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kring.notifications.control.Audience;

/**
 * The members whose flags one logged decision settled (target id: the decision's log entry). A decision undone
 * before its fan-out ran settled nobody's flag any more, so nobody hears of it.
 */
@ApplicationScoped
public class FlaggerAudience implements Audience {

    public static final String NAME = "flaggers";

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> membersAfter(long actionId, long afterMemberId, int limit) {
        return em.createNativeQuery("select flagger_id from flag where outcome_action_id = ?1 and flagger_id > ?2 "
                        + "order by flagger_id limit " + limit)
                .setParameter(1, actionId).setParameter(2, afterMemberId).getResultStream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
