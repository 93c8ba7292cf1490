package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kring.members.control.MentionedMembers;

/**
 * The member a mention names (the target id is the mention's), provided members still see the contribution it is in
 * and the member can be told (not erased, not suspended) when the notification is written.
 */
@ApplicationScoped
public class MentionAudience implements Audience {

    public static final String NAME = "mention";

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<SeenContributions> contributions;

    @Inject
    MentionedMembers members;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> membersAfter(long mentionId, long afterMemberId, int limit) {
        List<?> rows = em.createNativeQuery("select contribution_type, contribution_id, member_id from mention where id = ?1")
                .setParameter(1, mentionId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] row = (Object[]) rows.get(0);
        long member = ((Number) row[2]).longValue();
        boolean seen = contributions.stream().filter(c -> c.type().equals(row[0])).findFirst()
                .orElseThrow(() -> new IllegalStateException("No SeenContributions of type " + row[0]))
                .seen(((Number) row[1]).longValue());
        return member > afterMemberId && seen && members.reachable(member) ? List.of(member) : List.of();
    }
}
