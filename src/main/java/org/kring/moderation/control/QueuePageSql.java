package org.kring.moderation.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.control.ModerationQueue.Author;
import org.kring.moderation.control.ModerationQueue.Content;
import org.kring.moderation.control.ModerationQueue.FlagNote;
import org.kring.moderation.control.ModerationQueue.Item;
import org.kring.moderation.entity.Flag;
import org.kring.moderation.entity.ModerationItem;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.database.Timestamps;

/**
 * The two statements of a queue page. The first reads the page's items with everything a row shows: the target's
 * content (native reads of the features' tables, since the queue shows hidden and deleted content too), the author's
 * history, the claimer's name, the topic's own threshold and how many items wait. The second reads the page's flags
 * with the flaggers' names. Plain SQL that PostgreSQL and H2 both run.
 */
final class QueuePageSql {

    /** A row of the page: the item and what the first statement joined to it. */
    record Row(Item item, Content content, Author author, String claimer, BigDecimal hideScore, long waiting) {
    }

    private static final String ITEM_COLUMNS = "i.id, i.target_type, i.target_id, i.author_id, i.topic_id, i.state, i.score, "
            + "i.flag_count, i.auto_hidden, i.opened_at, i.decided_at, i.decision, i.claimed_by, i.claimed_until, i.held_reason";

    /**
     * Each kind of target joins only its own rows (the type in the join condition); {@code found} is null for a target
     * gone. The author's history is counted per row: the post, idea and log indexes by author make each count an index
     * range. The page is a derived table, not a WITH: H2 mistypes the parameters of a WITH.
     */
    private static final String SELECT = "select i.*, a.display_name, a.created_at, "
            + "(select count(*) from idea x where x.author_id = i.author_id) as ideas, "
            + "(select count(*) from post x where x.author_id = i.author_id) as posts, "
            + "(select count(*) from moderation_action x where x.author_id = i.author_id and x.action in ('AUTO_HIDE', 'HIDE', 'DELETE') "
            + "and x.undone_by_id is null) as against, a.id, "
            + "c.display_name, th.hide_score, coalesce(ci.id, ct.id, cp.id, cm.id) as found, "
            + "coalesce(ci.title, ct.title, cm.display_name) as title, coalesce(ci.body_html, cp.body_html) as body, "
            + "coalesce(cit.name_en, ctt.name_en, cpi.title, cpt.title) as place, cpp.body_html as previous, %s as waiting "
            + "from (%s) i left join member a on a.id = i.author_id left join member c on c.id = i.claimed_by "
            + "left join moderation_threshold th on th.topic_id = i.topic_id "
            + "left join idea ci on i.target_type = 'IDEA' and ci.id = i.target_id left join topic cit on cit.id = ci.topic_id "
            + "left join discussion_thread ct on i.target_type = 'THREAD' and ct.id = i.target_id "
            + "left join topic ctt on ctt.id = ct.topic_id "
            + "left join post cp on i.target_type = 'POST' and cp.id = i.target_id "
            + "left join discussion_thread cpt on cpt.id = cp.thread_id left join idea cpi on cpi.id = cpt.idea_id "
            + "left join post cpp on cpp.id = cp.parent_id "
            + "left join member cm on i.target_type = 'MEMBER' and cm.id = i.target_id ";

    private static final String FLAGS = "select f.item_id, f.flagger_id, m.display_name, f.reason, f.text, f.duplicate_of, f.weight, "
            + "f.weight_basis, f.outcome, f.created_at from flag f join member m on m.id = f.flagger_id where f.item_id in %s "
            + "order by f.created_at, f.id";

    private final List<String> where = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final String inScope;

    QueuePageSql(ModerationItem.State state, ModeratorScope.Scope scope) {
        where.add("i.state = " + parameter(state.name()));
        inScope = scope.unrestricted() ? "" : " and w.topic_id in " + in(scope.topics());
        if (!scope.unrestricted()) {
            where.add("i.topic_id in " + in(scope.topics()));
        }
    }

    void type(TargetType type) {
        where.add("i.target_type = " + parameter(type.name()));
    }

    void reason(Flag.Reason reason) {
        where.add("exists (select 1 from flag f where f.item_id = i.id and f.reason = " + parameter(reason.name()) + ")");
    }

    void held() {
        where.add("i.held_reason is not null");
    }

    void claimedBy(long moderatorId, Instant now) {
        where.add("i.claimed_by = " + parameter(moderatorId) + " and i.claimed_until > " + parameter(at(now)));
    }

    void openedBefore(Instant at) {
        where.add("i.opened_at <= " + parameter(at(at)));
    }

    void author(long memberId) {
        where.add("i.author_id = " + parameter(memberId));
    }

    void afterScore(BigDecimal score, long id) {
        String s = parameter(score);
        where.add("(i.score < " + s + " or (i.score = " + s + " and i.id < " + parameter(id) + "))");
    }

    void afterAge(Instant openedAt, long id) {
        String at = parameter(at(openedAt));
        where.add("(i.opened_at > " + at + " or (i.opened_at = " + at + " and i.id > " + parameter(id) + "))");
    }

    /** The page: at most {@code limit} rows by score (highest first) or by age (oldest first). */
    @SuppressWarnings("unchecked")
    List<Row> rows(EntityManager em, boolean byScore, int limit) {
        Query query = em.createNativeQuery(sql(byScore, limit));
        for (int n = 0; n < parameters.size(); n++) {
            query.setParameter(n + 1, parameters.get(n));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(QueuePageSql::row).toList();
    }

    /** The first statement, its parameters numbered ?1, ?2 … in the order of {@link #parameters()}. */
    String sql(boolean byScore, int limit) {
        String order = byScore ? "order by i.score desc, i.id desc" : "order by i.opened_at, i.id";
        String waiting = "(select count(*) from moderation_item w where w.state = 'OPEN'" + inScope + ")";
        String page = "select " + ITEM_COLUMNS + " from moderation_item i where " + String.join(" and ", where) + " " + order
                + " limit " + limit;
        return SELECT.formatted(waiting, page) + order;
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** The flags on these items, oldest first, by item. */
    @SuppressWarnings("unchecked")
    static Map<Long, List<FlagNote>> flags(EntityManager em, List<Long> itemIds) {
        Query query = em.createNativeQuery(FLAGS.formatted(placeholders(1, itemIds.size())));
        for (int n = 0; n < itemIds.size(); n++) {
            query.setParameter(n + 1, itemIds.get(n));
        }
        return ((List<Object[]>) query.getResultList()).stream().collect(Collectors.groupingBy(r -> id(r[0]),
                Collectors.mapping(r -> new FlagNote(id(r[1]), (String) r[2], Flag.Reason.valueOf((String) r[3]), (String) r[4],
                        r[5] == null ? null : id(r[5]), decimal(r[6]), (String) r[7], r[8] == null ? null : Flag.Outcome.valueOf((String) r[8]),
                        Timestamps.instant(r[9])), Collectors.toList())));
    }

    private static Row row(Object[] r) {
        TargetType type = TargetType.valueOf((String) r[1]);
        Item item = new Item(id(r[0]), type, id(r[2]), id(r[3]), r[4] == null ? null : id(r[4]),
                ModerationItem.State.valueOf((String) r[5]), decimal(r[6]), ((Number) r[7]).intValue(), (Boolean) r[8],
                Timestamps.instant(r[9]), Timestamps.instant(r[10]), (String) r[11], r[12] == null ? null : id(r[12]),
                Timestamps.instant(r[13]), (String) r[14]);
        Author author = r[20] == null ? null : new Author(id(r[20]), (String) r[15], Timestamps.instant(r[16]), id(r[17]), id(r[18]),
                id(r[19]));
        Content content = r[23] == null ? null : content(type, (String) r[24], (String) r[25], (String) r[26], (String) r[27]);
        return new Row(item, content, author, (String) r[21], r[22] == null ? null : decimal(r[22]), id(r[28]));
    }

    private static Content content(TargetType type, String title, String body, String place, String previous) {
        return switch (type) {
            case IDEA -> new Content(title, Excerpts.of(body), "topic " + place, null);
            case THREAD -> new Content(title, null, "topic " + place, null);
            case POST -> new Content(null, Excerpts.of(body), "in: " + place, Excerpts.of(previous));
            case MEMBER -> new Content(title, null, "member profile", null);
        };
    }

    private String parameter(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private String in(Collection<Long> values) {
        return values.stream().map(this::parameter).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String placeholders(int first, int count) {
        StringBuilder sql = new StringBuilder("(");
        for (int n = first; n < first + count; n++) {
            sql.append(n == first ? "" : ", ").append('?').append(n);
        }
        return sql.append(')').toString();
    }

    private static Object at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }
}
