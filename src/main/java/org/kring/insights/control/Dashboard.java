package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.kring.channels.control.ChannelCounts;
import org.kring.responses.control.ResponseClock;

/**
 * The team's dashboard: the last 7 days beside the 7 days before (rolling weeks, so a Monday morning compares a whole
 * week, not a few hours): new contributions by type, votes and active members counted in SQL ({@link Participation}),
 * the themes that rose most against the week before (Elasticsearch, {@link Themes}), and the popular ideas the team
 * has not answered yet (the response clock's query).
 */
@ApplicationScoped
public class Dashboard {

    public static final Duration WEEK = Duration.ofDays(7);
    static final int RISING = 5;
    static final int WAITING = 10;
    static final int CHANNEL_MONTHS = 5;

    /** A figure this week and the week before; change in percent, null when the week before had none. */
    @JsonbNillable
    public record Figure(String name, long thisWeek, long lastWeek, Integer change) {
        static Figure of(String name, long thisWeek, long lastWeek) {
            return new Figure(name, thisWeek, lastWeek, Change.percent(thisWeek, lastWeek));
        }
    }

    /** A popular idea without an answer from the team; {@code waitingDays} since it was posted. */
    public record Waiting(long id, String title, String topic, int votes, long waitingDays) {
    }

    /**
     * The dashboard: this week is [from, to), last week [lastWeekFrom, from); {@code voteThreshold}: the votes that make
     * an idea popular (KRING_RESPONSES_POPULAR_VOTES), {@code unansweredTotal} how many of those wait for an answer;
     * {@code channels}: visits and what they led to per channel, this month and the {@value #CHANNEL_MONTHS} before.
     */
    public record View(Instant lastWeekFrom, Instant from, Instant to, List<Figure> figures, List<Themes.Theme> risingThemes,
                       int voteThreshold, long unansweredTotal, List<Waiting> unanswered, List<ChannelCounts.ChannelMonth> channels) {
    }

    @Inject
    Participation participation;
    @Inject
    Themes themes;
    @Inject
    ResponseClock responses;
    @Inject
    ChannelCounts channels;

    Clock clock = Clock.systemUTC();

    public View now() {
        Instant to = clock.instant();
        Instant from = to.minus(WEEK);
        Instant lastWeekFrom = from.minus(WEEK);
        Participation.Counts now = participation.counts(from, to);
        Participation.Counts before = participation.counts(lastWeekFrom, from);
        List<Figure> figures = List.of(
                Figure.of("contributions", now.contributions(), before.contributions()),
                Figure.of("ideas", now.ideas(), before.ideas()),
                Figure.of("threads", now.threads(), before.threads()),
                Figure.of("posts", now.posts(), before.posts()),
                Figure.of("votes", now.votes(), before.votes()),
                Figure.of("members", now.members(), before.members()));
        ResponseClock.PopularUnanswered popular = responses.popularUnanswered(WAITING);
        List<Waiting> waiting = popular.ideas().stream().map(u -> new Waiting(u.id(), u.title(), u.topicSlug(), u.votes(),
                Duration.between(u.publishedAt(), to).toDays())).toList();
        YearMonth month = YearMonth.from(to.atOffset(ZoneOffset.UTC));
        return new View(lastWeekFrom, from, to, figures, rising(from, to), popular.votes(), popular.total(), waiting,
                channels.months(month.minusMonths(CHANNEL_MONTHS), month));
    }

    /** The week's most significant themes against the week before, those used more than then (also the staff digest's). */
    List<Themes.Theme> rising(Instant from, Instant to) {
        Question week = new Question(null, null, null, null, null, null, null, from.toString(), to.minusMillis(1).toString(),
                null, null, null, null, null, RISING * 2, null);
        return themes.emerging(week, Themes.Against.PREVIOUS).themes().stream()
                .filter(t -> t.count() > t.previousCount()).limit(RISING).toList();
    }
}
