package org.kring.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw limit of a moderation queue page: the statements org.kring.moderation.control.ModerationQueue#list runs for
 * one page of 50 (the moderator's role, the waiting items, their flags with the flaggers, the targets' content per kind,
 * the authors with their history, the topics' thresholds, the waiting count), straight over JDBC. One call reads the
 * rows as Kring would and returns how many items the page holds.
 */
final class QueueSql {

    static final int PAGE = 50;

    /** Which page: no filter, a keyset cursor (score, id) or the reason and type filters. */
    record Page(BigDecimal afterScore, Long afterId, String reason, String type) {
    }

    private QueueSql() {
    }

    static int page(Connection db, long moderatorId, Page page) throws SQLException {
        rows(db, "select id, role from member where id = ?", List.of(moderatorId));
        List<Object> params = new ArrayList<>(List.of("OPEN"));
        StringBuilder sql = new StringBuilder("select id, target_type, target_id, author_id, topic_id, state, score, flag_count, "
                + "last_reason, auto_hidden, opened_at, decided_at, decided_by, decision, claimed_by, claimed_until, held_reason "
                + "from moderation_item where state = ?");
        if (page.type() != null) {
            sql.append(" and target_type = ?");
            params.add(page.type());
        }
        if (page.reason() != null) {
            sql.append(" and exists (select f.id from flag f where f.item_id = moderation_item.id and f.reason = ?)");
            params.add(page.reason());
        }
        if (page.afterId() != null) {
            sql.append(" and (score < ? or (score = ? and id < ?))");
            params.addAll(List.of(page.afterScore(), page.afterScore(), page.afterId()));
        }
        sql.append(" order by score desc, id desc limit ").append(PAGE + 1);
        List<Object[]> items = rows(db, sql.toString(), params);
        List<Object[]> shown = items.subList(0, Math.min(PAGE, items.size()));
        if (shown.isEmpty()) {
            return 0;
        }
        List<Object> ids = new ArrayList<>();
        Map<String, List<Object>> byType = new HashMap<>();
        Set<Object> people = new LinkedHashSet<>();
        Set<Object> topics = new LinkedHashSet<>();
        for (Object[] i : shown) {
            ids.add(i[0]);
            byType.computeIfAbsent((String) i[1], t -> new ArrayList<>()).add(i[2]);
            people.add(i[3]);
            topics.add(i[4]);
        }
        rows(db, "select f.*, m.* from flag f join member m on m.id = f.flagger_id where f.item_id in " + in(ids)
                + " order by f.created_at, f.id", ids);
        contents(db, byType);
        List<Object> authors = new ArrayList<>(people);
        rows(db, "select author_id, count(*) from idea where author_id in " + in(authors) + " group by author_id", authors);
        rows(db, "select author_id, count(*) from post where author_id in " + in(authors) + " group by author_id", authors);
        rows(db, "select author_id, count(*) from moderation_action where author_id in " + in(authors)
                + " and action in ('AUTO_HIDE', 'HIDE', 'DELETE') and undone_by_id is null group by author_id", authors);
        rows(db, "select id, display_name, created_at from member where id in " + in(authors), authors);
        for (Object topic : topics) {
            if (topic != null) {
                rows(db, "select hide_score from moderation_threshold where topic_id = ?", List.of(topic));
            }
        }
        rows(db, "select count(*) from moderation_item where state = 'OPEN'", List.of());
        return shown.size();
    }

    private static void contents(Connection db, Map<String, List<Object>> byType) throws SQLException {
        Map<String, String> sql = Map.of(
                "IDEA", "select i.id, i.title, i.body_html, t.name_en from idea i join topic t on t.id = i.topic_id where i.id in ",
                "THREAD", "select t.id, t.title, tp.name_en from discussion_thread t join topic tp on tp.id = t.topic_id where t.id in ",
                "POST", "select p.id, p.body_html, coalesce(i.title, t.title), pp.body_html from post p join discussion_thread t "
                        + "on t.id = p.thread_id left join idea i on i.id = t.idea_id left join post pp on pp.id = p.parent_id where p.id in ",
                "MEMBER", "select m.id, m.display_name from member m where m.id in ");
        for (Map.Entry<String, List<Object>> kind : byType.entrySet()) {
            rows(db, sql.get(kind.getKey()) + in(kind.getValue()), kind.getValue());
        }
    }

    private static List<Object[]> rows(Connection db, String sql, Collection<?> params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            int n = 1;
            for (Object p : params) {
                s.setObject(n++, p);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = r.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static String in(List<?> values) {
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }
}
