package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.time.YearMonth;
import java.util.List;
import org.kring.channels.control.ChannelCounts;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.InvalidInput;
import org.kring.responses.control.ResponseClock;

/**
 * The impact report for management: what the community did in a period and what the company did with it.
 * Participation ({@link Participation}), ideas the team answered, planned and finished, the response clock's figures
 * for the ideas posted in the period, the pilots that ran in it, and its themes (against the rest of the community).
 * Where visits came from (channels) is counted per month: the report shows the months its period touches. Days are UTC
 * days, both ends inclusive.
 */
@ApplicationScoped
public class ImpactReport {

    /** Longer periods are refused: a report is read by people, and three years is more than a board looks back. */
    public static final long MAX_DAYS = 3 * 366;
    static final int THEMES = 10;

    /** The period, both days inclusive. */
    public record Period(LocalDate from, LocalDate to) {
        Instant start() {
            return from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** The first moment after the period. */
        Instant end() {
            return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** Members taking part (new: joined in the period), contributions by type and votes. */
    public record Taking(long members, long newMembers, long returningMembers, long contributions, long ideas, long threads,
                         long posts, long votes) {
    }

    /** Ideas the team first responded to in the period, and ideas it moved to planned and to done in it. */
    public record Outcomes(long answered, long planned, long done) {
    }

    /** The response clock over the ideas posted in the period, as at its end; null where nothing was answered or due. */
    @JsonbNillable
    public record ResponseTimes(int answered, Long medianSeconds, int withinTarget, int due, Integer sharePercent) {
    }

    /** A pilot that ran in the period: its item, owner, start, expected return, and when ended its outcome and learning. */
    @JsonbNillable
    public record PilotLine(String item, String link, String owner, LocalDate start, String expectedReturn, String outcome,
                            String learning) {
    }

    /** A theme of the period, with the contributions that used it. */
    public record ThemeLine(String label, String language, long count) {
    }

    /** The report; {@code channels}: per channel and month, the whole months that the period touches. */
    @JsonbNillable
    public record Report(LocalDate from, LocalDate to, Taking participation, Outcomes ideas, ResponseTimes responseTimes,
                         List<PilotLine> pilots, List<ThemeLine> themes, List<ChannelCounts.ChannelMonth> channels) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Participation participation;
    @Inject
    ResponseClock responses;
    @Inject
    Matrix matrix;
    @Inject
    Themes themes;
    @Inject
    ChannelCounts channels;

    Clock clock = Clock.systemUTC();

    /**
     * The period asked for: days (2026-07-01); without both, the last full calendar quarter; with only one, 90 days
     * from or up to it. 400 naming the field for a day that is not one, a start after the end, or over 3 years.
     */
    public Period period(String from, String to) {
        InvalidInput.Checks checks = InvalidInput.check();
        LocalDate start = day(checks, "from", from);
        LocalDate end = day(checks, "to", to);
        checks.orThrow();
        if (start == null && end == null) {
            LocalDate thisQuarter = LocalDate.now(clock).with(IsoFields.DAY_OF_QUARTER, 1);
            return new Period(thisQuarter.minusMonths(3), thisQuarter.minusDays(1));
        }
        start = start != null ? start : end.minusDays(89);
        end = end != null ? end : start.plusDays(89);
        checks.that("from", !start.isAfter(end), "must not be after to")
                .that("to", start.isAfter(end) || ChronoUnit.DAYS.between(start, end) < MAX_DAYS,
                        "must be at most " + MAX_DAYS + " days after from (3 years)")
                .orThrow();
        return new Period(start, end);
    }

    private static LocalDate day(InvalidInput.Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.that(field, false, "must be a date (2026-07-01)");
            return null;
        }
    }

    public Report report(Period period, SavedInsights.Reader reader) {
        Instant start = period.start();
        Instant end = period.end();
        Participation.Counts counts = participation.counts(start, end);
        Taking taking = new Taking(counts.members(), counts.newMembers(), counts.returningMembers(), counts.contributions(),
                counts.ideas(), counts.threads(), counts.posts(), counts.votes());
        ResponseClock.Figures figures = responses.between(start, end.minusMillis(1)).overall();
        ResponseTimes times = new ResponseTimes(figures.answered(), figures.median() == null ? null : figures.median().toSeconds(),
                figures.withinTarget(), figures.due(), figures.sharePercent() < 0 ? null : figures.sharePercent());
        return new Report(period.from(), period.to(), taking, outcomes(start, end), times, pilots(period, reader),
                themes(start, end), channels.months(YearMonth.from(period.from()), YearMonth.from(period.to())));
    }

    private Outcomes outcomes(Instant start, Instant end) {
        long answered = ((Number) em.createNativeQuery("select count(*) from idea where first_response_at >= ?1 "
                        + "and first_response_at < ?2 and moderation_state = ?3")
                .setParameter(1, start.atOffset(ZoneOffset.UTC)).setParameter(2, end.atOffset(ZoneOffset.UTC))
                .setParameter(3, ModerationState.PUBLISHED.name()).getSingleResult()).longValue();
        long planned = 0;
        long done = 0;
        for (Object row : em.createNativeQuery("select c.to_status, count(distinct c.idea_id) from idea_status_change c "
                        + "join idea i on i.id = c.idea_id where c.changed_at >= ?1 and c.changed_at < ?2 "
                        + "and c.to_status in ('PLANNED', 'DONE') and i.moderation_state = ?3 group by c.to_status")
                .setParameter(1, start.atOffset(ZoneOffset.UTC)).setParameter(2, end.atOffset(ZoneOffset.UTC))
                .setParameter(3, ModerationState.PUBLISHED.name()).getResultList()) {
            Object[] r = (Object[]) row;
            long ideas = ((Number) r[1]).longValue();
            if ("PLANNED".equals(r[0])) {
                planned = ideas;
            } else {
                done = ideas;
            }
        }
        return new Outcomes(answered, planned, done);
    }

    /** Pilots that started by the period's end and had not ended before it began (a team's short list: read whole). */
    private List<PilotLine> pilots(Period period, SavedInsights.Reader reader) {
        return matrix.matrix(reader).items().stream().filter(i -> i.pilot() != null)
                .filter(i -> !i.pilot().getStartDate().isAfter(period.to()) && (i.pilot().getEndedAt() == null
                        || !i.pilot().getEndedAt().isBefore(period.start())))
                .map(i -> new PilotLine(i.title(), i.link(), i.pilot().getOwner().getDisplayName(), i.pilot().getStartDate(),
                        i.pilot().getExpectedReturn(), i.pilot().getOutcome(), i.pilot().getLearning())).toList();
    }

    private List<ThemeLine> themes(Instant start, Instant end) {
        Question period = new Question(null, null, null, null, null, null, null, start.toString(), end.minusMillis(1).toString(),
                null, null, null, null, null, THEMES, null);
        return themes.emerging(period, Themes.Against.REST).themes().stream()
                .map(t -> new ThemeLine(t.label(), t.language(), t.count())).toList();
    }

    /** The report as CSV (UTF-8 with a byte order mark): one line per figure, section first, then pilots and themes. */
    public static void csv(Report r, Writer out) throws IOException {
        out.write(Csv.BYTE_ORDER_MARK);
        Csv.line(out, List.of("section", "figure", "value"));
        Csv.line(out, List.of("period", "from", r.from()));
        Csv.line(out, List.of("period", "to", r.to()));
        Taking p = r.participation();
        line(out, "participation", "members", p.members());
        line(out, "participation", "new members", p.newMembers());
        line(out, "participation", "returning members", p.returningMembers());
        line(out, "participation", "contributions", p.contributions());
        line(out, "participation", "ideas", p.ideas());
        line(out, "participation", "threads", p.threads());
        line(out, "participation", "posts", p.posts());
        line(out, "participation", "votes", p.votes());
        line(out, "ideas", "answered", r.ideas().answered());
        line(out, "ideas", "planned", r.ideas().planned());
        line(out, "ideas", "done", r.ideas().done());
        ResponseTimes t = r.responseTimes();
        line(out, "response times", "answered", t.answered());
        line(out, "response times", "median seconds to first response", t.medianSeconds());
        line(out, "response times", "within target", t.withinTarget());
        line(out, "response times", "due", t.due());
        line(out, "response times", "share within target (%)", t.sharePercent());
        Csv.line(out, List.of());
        Csv.line(out, List.of("pilot", "owner", "start", "expected return", "outcome", "learning"));
        for (PilotLine pilot : r.pilots()) {
            Csv.line(out, Arrays.asList(pilot.item(), pilot.owner(), pilot.start(), pilot.expectedReturn(),
                    pilot.outcome(), pilot.learning()));
        }
        Csv.line(out, List.of());
        Csv.line(out, List.of("theme", "language", "contributions"));
        for (ThemeLine theme : r.themes()) {
            Csv.line(out, List.of(theme.label(), theme.language(), theme.count()));
        }
        Csv.line(out, List.of());
        Csv.line(out, List.of("month", "channel", "visits", "sign-ups", "ideas", "votes", "posts"));
        for (ChannelCounts.ChannelMonth c : r.channels()) {
            Csv.line(out, List.of(c.month(), c.channel(), c.visits(), c.signUps(), c.ideas(), c.votes(), c.posts()));
        }
    }

    private static void line(Writer out, String section, String figure, Object value) throws IOException {
        Csv.line(out, Arrays.asList(section, figure, value));
    }
}
