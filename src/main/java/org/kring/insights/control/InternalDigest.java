package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;
import org.kring.insights.entity.InsightState;
import org.kring.notifications.control.StaffDigestContent;
import org.kring.platform.moderation.ModerationState;
import org.kring.responses.control.ResponseClock;
import org.kring.search.control.Search;

/**
 * The weekly internal digest's content (issue 14, item 9), which notifications mails to subscribed staff: the week's
 * rising themes (as on the dashboard), insights shared that week, the week's most voted new ideas, and the ideas that
 * waited longest past their response target. Each a handful of rows by an index.
 */
@ApplicationScoped
public class InternalDigest implements StaffDigestContent {

    static final int LINES = 5;

    @PersistenceContext
    EntityManager em;
    @Inject
    Dashboard dashboard;
    @Inject
    ResponseClock responses;

    @Override
    public List<Section> sections(Instant weekEnd, ResourceBundle bundle) {
        Instant weekStart = weekEnd.minus(Dashboard.WEEK);
        return List.of(
                new Section(bundle.getString("digest.staff.themes"), themes(weekStart, weekEnd, bundle), bundle.getString("digest.staff.none")),
                new Section(bundle.getString("digest.staff.insights"), insights(weekStart), bundle.getString("digest.staff.none")),
                new Section(bundle.getString("digest.staff.ideas"), topIdeas(weekStart, bundle), bundle.getString("digest.staff.none")),
                new Section(bundle.getString("digest.staff.unanswered"), unanswered(bundle), bundle.getString("digest.staff.none")));
    }

    /** The dashboard's rising themes; none when Elasticsearch does not answer (the rest of the digest still goes). */
    private List<Line> themes(Instant from, Instant to, ResourceBundle bundle) {
        try {
            return dashboard.rising(from, to).stream().map(t -> new Line(format(bundle, "digest.staff.theme", t.label(), t.count(),
                    t.previousCount()), "/insights.xhtml?q=" + URLEncoder.encode(t.label(), StandardCharsets.UTF_8)))
                    .toList();
        } catch (Search.Unavailable e) {
            return List.of();
        }
    }

    /** Insights the team shared (or acted on) that were saved this week, newest first. */
    private List<Line> insights(Instant from) {
        List<?> rows = em.createNativeQuery("select id, title from saved_insight where state in (?1, ?2) and created_at >= ?3 "
                        + "order by id desc limit " + LINES)
                .setParameter(1, InsightState.SHARED.name()).setParameter(2, InsightState.ACTED_ON.name())
                .setParameter(3, from.atOffset(ZoneOffset.UTC)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Line((String) r[1], "/saved-insight.xhtml?id=" + ((Number) r[0]).longValue())).toList();
    }

    /** The week's new ideas with the most votes. */
    private List<Line> topIdeas(Instant from, ResourceBundle bundle) {
        List<?> rows = em.createNativeQuery("select id, title, vote_count from idea where created_at >= ?1 and moderation_state = ?2 "
                        + "order by vote_count desc, id desc limit " + LINES)
                .setParameter(1, from.atOffset(ZoneOffset.UTC)).setParameter(2, ModerationState.PUBLISHED.name()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Line(format(bundle, "digest.staff.idea", r[1], ((Number) r[2]).intValue()),
                "/idea.xhtml?id=" + ((Number) r[0]).longValue())).toList();
    }

    /** The unanswered ideas most past their target (the response clock's list). */
    private List<Line> unanswered(ResourceBundle bundle) {
        return responses.unanswered(LINES).stream().map(u -> new Line(format(bundle, "digest.staff.waiting", u.title(), u.votes(),
                u.pastTarget().toDays()), "/idea.xhtml?id=" + u.id())).toList();
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
