package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kring.follows.entity.Follow;

/**
 * RICE's reach, computed instead of typed in: the distinct members an idea reaches (those who voted for it, reacted in
 * its discussion or follow it; a member counts once, however many of an insight's ideas they support) and the segments
 * they come from, against the segments the whole community gave. Counted in SQL, one grouped query per kind of item
 * on the matrix, whatever the number of items.
 */
@ApplicationScoped
public class Reach {

    /** The values of one segment dimension among the members reached, and how many values the community has. */
    public record Segment(long reached, long of, List<String> values) {
        static final Segment NONE = new Segment(0, 0, List.of());

        /** The share of the community's values reached; null when no member gave this dimension. */
        Double share() {
            return of == 0 ? null : (double) reached / of;
        }
    }

    /**
     * The members reached: {@code voters} voted, {@code contributors} reacted without voting, {@code followers} only
     * follow; and their regions, age bands and customer types.
     */
    public record Count(long members, long voters, long contributors, long followers, Segment regions, Segment ageBands,
                        Segment customerTypes) {
        public static final Count NONE = new Count(0, 0, 0, 0, Segment.NONE, Segment.NONE, Segment.NONE);

        /**
         * The mean share of the community's segments reached, over the dimensions some member gave (1 when none did):
         * supporters from every region and kind of customer weigh more than as many from one corner.
         */
        public double breadth() {
            return Stream.of(regions, ageBands, customerTypes).map(Segment::share).filter(s -> s != null)
                    .mapToDouble(Double::doubleValue).average().orElse(1);
        }

        /** RICE reach by segment: the members weighted by {@link #breadth()}. */
        public long segmentReach() {
            return Math.round(members * breadth());
        }

        /** How the reach was counted, for the matrix's readers. */
        public String explanation() {
            return members + " members: " + voters + " voted, " + contributors + " reacted without voting, " + followers
                    + " only follow; " + regions.reached() + " of " + regions.of() + " regions, " + ageBands.reached() + " of "
                    + ageBands.of() + " age bands, " + customerTypes.reached() + " of " + customerTypes.of() + " customer types";
        }
    }

    /** Voters (V), contributors (C: a post in the idea's discussion) and followers (F) of the ideas, one row each. */
    private static final String PEOPLE = "select idea_id as i, member_id as m, 'V' as kind from vote where idea_id in (%1$s) "
            + "union all select t.idea_id, p.author_id, 'C' from post p join discussion_thread t on t.id = p.thread_id "
            + "where not p.deleted and t.idea_id in (%1$s) "
            + "union all select target_id, member_id, 'F' from follow where target_type = '" + Follow.Target.IDEA.name()
            + "' and target_id in (%1$s)";

    /** Per item (column k) and member: how they are reached. */
    private static final String PER_MEMBER = "select %s as k, a.m, bool_or(a.kind = 'V') as voted, bool_or(a.kind = 'C') as reacted "
            + "from (%s) a %s group by 1, a.m";

    /** Per item: the counts, each dimension's values among the members and the community's number of values. */
    private static final String COUNTS = "select r.k, count(*), count(*) filter (where r.voted), "
            + "count(*) filter (where r.reacted and not r.voted), "
            + "string_agg(distinct mb.region, chr(31)), string_agg(distinct mb.age_band, chr(31)), "
            + "string_agg(distinct mb.customer_type, chr(31)), (select count(distinct region) from member), "
            + "(select count(distinct age_band) from member), (select count(distinct customer_type) from member) "
            + "from (%s) r join member mb on mb.id = r.m group by r.k";

    @PersistenceContext
    EntityManager em;

    /** Per idea id. */
    public Map<Long, Count> ofIdeas(Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Map.of();
        }
        return counts(COUNTS.formatted(PER_MEMBER.formatted("a.i", PEOPLE.formatted(list(ideaIds)), "")));
    }

    /** Per insight id, over those of its ideas that are in {@code seenIdeaIds} (members still see them). */
    public Map<Long, Count> ofInsights(Collection<Long> insightIds, Collection<Long> seenIdeaIds) {
        if (insightIds.isEmpty() || seenIdeaIds.isEmpty()) {
            return Map.of();
        }
        return counts(COUNTS.formatted(PER_MEMBER.formatted("s.insight_id", PEOPLE.formatted(list(seenIdeaIds)),
                "join saved_insight_idea s on s.idea_id = a.i and s.insight_id in (" + list(insightIds) + ")")));
    }

    private Map<Long, Count> counts(String sql) {
        Map<Long, Count> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            long members = number(r[1]);
            long voters = number(r[2]);
            long contributors = number(r[3]);
            counts.put(number(r[0]), new Count(members, voters, contributors, members - voters - contributors,
                    segment(r[4], r[7]), segment(r[5], r[8]), segment(r[6], r[9])));
        }
        return counts;
    }

    private static Segment segment(Object values, Object of) {
        List<String> reached = values == null ? List.of() : Arrays.stream(values.toString().split("\u001f")).sorted().toList();
        return new Segment(reached.size(), number(of), reached);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Ids as a SQL list: numbers only, so nothing to escape. */
    private static String list(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
