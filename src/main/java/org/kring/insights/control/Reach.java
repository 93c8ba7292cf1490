package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kring.follows.entity.Follow;

/**
 * RICE's reach, computed instead of typed in: the distinct members an idea reaches, those who voted for it and those
 * who follow it without voting (a member counts once, however many of an insight's ideas they voted for or follow).
 * Counted in SQL, one grouped query per kind of item on the matrix, whatever the number of items.
 */
@ApplicationScoped
public class Reach {

    /** The members reached: {@code voters} voted, {@code followers} follow without voting. */
    public record Count(long members, long voters, long followers) {
        public static final Count NONE = new Count(0, 0, 0);

        /** How the reach was counted, for the matrix's readers. */
        public String explanation() {
            return members + " members: " + voters + " voted, " + followers + " follow without voting";
        }
    }

    /** Voters (1) and followers (0) of the ideas, one row per vote or follow. */
    private static final String PEOPLE = "select idea_id as i, member_id as m, 1 as voted from vote where idea_id in (%1$s) "
            + "union all select target_id, member_id, 0 from follow where target_type = '" + Follow.Target.IDEA.name()
            + "' and target_id in (%1$s)";

    @PersistenceContext
    EntityManager em;

    /** Per idea id. */
    public Map<Long, Count> ofIdeas(Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Map.of();
        }
        return counts("select a.i, count(distinct a.m), count(distinct case when a.voted = 1 then a.m end) from ("
                + PEOPLE.formatted(list(ideaIds)) + ") a group by a.i");
    }

    /** Per insight id, over those of its ideas that are in {@code seenIdeaIds} (members still see them). */
    public Map<Long, Count> ofInsights(Collection<Long> insightIds, Collection<Long> seenIdeaIds) {
        if (insightIds.isEmpty() || seenIdeaIds.isEmpty()) {
            return Map.of();
        }
        return counts("select s.insight_id, count(distinct a.m), count(distinct case when a.voted = 1 then a.m end) "
                + "from saved_insight_idea s join (" + PEOPLE.formatted(list(seenIdeaIds)) + ") a on a.i = s.idea_id "
                + "where s.insight_id in (" + list(insightIds) + ") group by s.insight_id");
    }

    private Map<Long, Count> counts(String sql) {
        Map<Long, Count> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            long members = ((Number) r[1]).longValue();
            long voters = ((Number) r[2]).longValue();
            counts.put(((Number) r[0]).longValue(), new Count(members, voters, members - voters));
        }
        return counts;
    }

    /** Ids as a SQL list: numbers only, so nothing to escape. */
    private static String list(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
