package org.kring.insights.control;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kring.platform.problems.InvalidInput;
import org.kring.search.control.ContributionIndex;
import org.kring.search.control.Search;
import org.kring.search.control.SearchClient;

/**
 * Trends of the current filter: contributions, their votes and the members taking part per day, week or month, with
 * the period of the same length just before beside it; and the tags and topics that rise or fall most between the
 * two. One Elasticsearch request: a filter aggregation per period, each with a date histogram and terms.
 */
@ApplicationScoped
public class Trends {

    public enum Interval {
        DAY(CalendarInterval.Day, Duration.ofDays(30)),
        WEEK(CalendarInterval.Week, Duration.ofDays(7 * 13)),
        MONTH(CalendarInterval.Month, Duration.ofDays(365));

        final CalendarInterval calendar;
        /** The period shown when the question has none. */
        final Duration period;

        Interval(CalendarInterval calendar, Duration period) {
            this.calendar = calendar;
            this.period = period;
        }
    }

    /** A change counts only when the value has at least this many contributions in one of the periods. */
    public static final int DEFAULT_MIN_VOLUME = 5;
    private static final int MOVERS = 5;
    private static final int VALUES = 100;

    /** One bucket of the series: its start, and the same in the bucket as far into the previous period. */
    public record Point(String start, long contributions, long votes, long members,
                       long previousContributions, long previousVotes, long previousMembers) {
    }

    /** A tag or topic whose count changed: now, before, and the change in percent (null when it is new). */
    @JsonbNillable
    public record Mover(String dimension, String value, long count, long previousCount, Integer change) {
    }

    public record Trend(String from, String to, String interval, List<Point> series, List<Mover> rising, List<Mover> falling) {
    }

    @Inject
    SearchClient search;

    @Inject
    ContributionIndex index;

    @Inject
    KnownSegments segments;

    Clock clock = Clock.systemUTC();

    public Trend trend(Question question, Interval interval, int minVolume) {
        InvalidInput.check().range("minVolume", minVolume, 1, 1_000_000).orThrow();
        Filter asked = Filter.of(question, segments.regions());
        Instant to = asked.to() != null ? asked.to() : clock.instant();
        Instant from = asked.from() != null ? asked.from() : to.minus(interval.period);
        Duration length = Duration.between(from, to);
        Filter now = asked.during(from, to);
        Filter before = asked.during(from.minus(length), from.minusMillis(1));
        try {
            index.ensureExists();
            return answer(now, before, interval, minVolume);
        } catch (IOException | RuntimeException e) {
            throw Search.translate(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private Trend answer(Filter now, Filter before, Interval interval, int minVolume) throws IOException {
        SearchResponse<Map> response = search.client().search(s -> s.index(index.alias()).size(0)
                .aggregations("now", period(now, interval))
                .aggregations("before", period(before, interval)), Map.class);
        Map<String, Aggregate> current = response.aggregations().get("now").filter().aggregations();
        Map<String, Aggregate> previous = response.aggregations().get("before").filter().aggregations();
        List<DateHistogramBucket> nowBuckets = current.get("series").dateHistogram().buckets().array();
        List<DateHistogramBucket> beforeBuckets = previous.get("series").dateHistogram().buckets().array();
        List<Point> series = new ArrayList<>();
        for (int i = 0; i < nowBuckets.size(); i++) {
            DateHistogramBucket b = nowBuckets.get(i);
            // The previous period's bucket as far from its start: both histograms are bounded by their own period.
            DateHistogramBucket p = i < beforeBuckets.size() ? beforeBuckets.get(i) : null;
            series.add(new Point(b.keyAsString(), b.docCount(), votes(b.aggregations()), members(b.aggregations()),
                    p == null ? 0 : p.docCount(), p == null ? 0 : votes(p.aggregations()), p == null ? 0 : members(p.aggregations())));
        }
        List<Mover> movers = new ArrayList<>();
        movers.addAll(movers("tag", counts(current.get("tag")), counts(previous.get("tag")), minVolume));
        movers.addAll(movers("topic", counts(current.get("topic")), counts(previous.get("topic")), minVolume));
        return new Trend(now.from().toString(), now.to().toString(), interval.name().toLowerCase(Locale.ROOT), series,
                rising(movers), falling(movers));
    }

    static List<Mover> rising(List<Mover> movers) {
        return movers.stream().filter(m -> m.count() > m.previousCount())
                .sorted(Comparator.comparingDouble(Trends::ratio).reversed()).limit(MOVERS).toList();
    }

    static List<Mover> falling(List<Mover> movers) {
        return movers.stream().filter(m -> m.count() < m.previousCount())
                .sorted(Comparator.comparingDouble(Trends::ratio)).limit(MOVERS).toList();
    }

    private static Aggregation period(Filter filter, Interval interval) {
        return Aggregation.of(a -> a.filter(Filter.matching(filter.queries(), filter.words()))
                .aggregations("series", h -> h.dateHistogram(d -> d.field("created_at").calendarInterval(interval.calendar)
                                .format(interval == Interval.MONTH ? "yyyy-MM" : "yyyy-MM-dd").minDocCount(0)
                                .extendedBounds(e -> e.min(FieldDateMath.of(f -> f.value((double) filter.from().toEpochMilli())))
                                        .max(FieldDateMath.of(f -> f.value((double) filter.to().toEpochMilli())))))
                        .aggregations("votes", v -> v.sum(sum -> sum.field("vote_count")))
                        .aggregations("members", m -> m.cardinality(c -> c.field("author_id"))))
                .aggregations("tag", t -> t.terms(terms -> terms.field("tags").size(VALUES)))
                .aggregations("topic", t -> t.terms(terms -> terms.field("topic").size(VALUES))));
    }

    /** Values with enough volume in either period, with their change; a value absent before counts as new. */
    static List<Mover> movers(String dimension, Map<String, Long> current, Map<String, Long> previous, int minVolume) {
        Map<String, Long> all = new LinkedHashMap<>(previous);
        current.forEach(all::putIfAbsent);
        return all.keySet().stream().map(value -> {
            long count = current.getOrDefault(value, 0L);
            long previousCount = previous.getOrDefault(value, 0L);
            Integer change = previousCount == 0 ? null : (int) Math.round(100.0 * (count - previousCount) / previousCount);
            return new Mover(dimension, value, count, previousCount, change);
        }).filter(m -> Math.max(m.count(), m.previousCount()) >= minVolume).toList();
    }

    private static Map<String, Long> counts(Aggregate terms) {
        Map<String, Long> counts = new LinkedHashMap<>();
        terms.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }

    /** now / before, with one added to both so that a value new in this period ranks by its volume. */
    private static double ratio(Mover m) {
        return (m.count() + 1.0) / (m.previousCount() + 1.0);
    }

    private static long votes(Map<String, Aggregate> aggregations) {
        return Math.round(aggregations.get("votes").sum().value());
    }

    private static long members(Map<String, Aggregate> aggregations) {
        return aggregations.get("members").cardinality().value();
    }
}
