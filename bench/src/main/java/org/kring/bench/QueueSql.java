package org.kring.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The raw limit of a moderation queue page: the statements org.kring.moderation.control.ModerationQueue#list runs for
 * one page of 50 (the moderator's role; the page's items with their content, authors and history, thresholds and the
 * waiting count in one statement, org.kring.moderation.control.QueuePageSql; their flags with the flaggers' names),
 * straight over JDBC. One call reads the rows as Kring would and returns how many items the page holds.
 */
final class QueueSql {

    static final int PAGE = 50;

    /** Which page: no filter, a keyset cursor (score, id) or the reason and type filters. */
    record Page(BigDecimal afterScore, Long afterId, String reason, String type) {
    }

    private static final String SELECT = "select i.*, a.display_name, a.created_at, "
            + "(select count(*) from idea x where x.author_id = i.author_id) as ideas, "
            + "(select count(*) from post x where x.author_id = i.author_id) as posts, "
            + "(select count(*) from moderation_action x where x.author_id = i.author_id and x.action in ('AUTO_HIDE', 'HIDE', 'DELETE') "
            + "and x.undone_by_id is null) as against, a.id, "
            + "c.display_name, th.hide_score, coalesce(ci.id, ct.id, cp.id, cm.id) as found, "
            + "coalesce(ci.title, ct.title, cm.display_name) as title, coalesce(ci.body_html, cp.body_html) as body, "
            + "coalesce(cit.name_en, ctt.name_en, cpi.title, cpt.title) as place, cpp.body_html as previous, "
            + "(select count(*) from moderation_item w where w.state = 'OPEN') as waiting "
            + "from (%s) i left join member a on a.id = i.author_id left join member c on c.id = i.claimed_by "
            + "left join moderation_threshold th on th.topic_id = i.topic_id "
            + "left join idea ci on i.target_type = 'IDEA' and ci.id = i.target_id left join topic cit on cit.id = ci.topic_id "
            + "left join discussion_thread ct on i.target_type = 'THREAD' and ct.id = i.target_id "
            + "left join topic ctt on ctt.id = ct.topic_id "
            + "left join post cp on i.target_type = 'POST' and cp.id = i.target_id "
            + "left join discussion_thread cpt on cpt.id = cp.thread_id left join idea cpi on cpi.id = cpt.idea_id "
            + "left join post cpp on cpp.id = cp.parent_id "
            + "left join member cm on i.target_type = 'MEMBER' and cm.id = i.target_id ";

    private QueueSql() {
    }

    static int page(Connection db, long moderatorId, Page page) throws SQLException {
        rows(db, "select id, role from member where id = ?", List.of(moderatorId));
        List<Object> params = new ArrayList<>(List.of("OPEN"));
        StringBuilder where = new StringBuilder("i.state = ?");
        if (page.type() != null) {
            where.append(" and i.target_type = ?");
            params.add(page.type());
        }
        if (page.reason() != null) {
            where.append(" and exists (select 1 from flag f where f.item_id = i.id and f.reason = ?)");
            params.add(page.reason());
        }
        if (page.afterId() != null) {
            where.append(" and (i.score < ? or (i.score = ? and i.id < ?))");
            params.addAll(List.of(page.afterScore(), page.afterScore(), page.afterId()));
        }
        String order = "order by i.score desc, i.id desc";
        List<Object[]> items = rows(db, SELECT.formatted("select i.id, i.target_type, i.target_id, i.author_id, i.topic_id, i.state, "
                + "i.score, i.flag_count, i.auto_hidden, i.opened_at, i.decided_at, i.decision, i.claimed_by, i.claimed_until, "
                + "i.held_reason from moderation_item i where " + where + " " + order + " limit " + (PAGE + 1)) + order, params);
        List<Object[]> shown = items.subList(0, Math.min(PAGE, items.size()));
        if (shown.isEmpty()) {
            return 0;
        }
        List<Object> ids = new ArrayList<>();
        for (Object[] i : shown) {
            ids.add(i[0]);
        }
        rows(db, "select f.item_id, f.flagger_id, m.display_name, f.reason, f.text, f.duplicate_of, f.weight, f.weight_basis, "
                + "f.outcome, f.created_at from flag f join member m on m.id = f.flagger_id where f.item_id in " + in(ids)
                + " order by f.created_at, f.id", ids);
        return shown.size();
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
