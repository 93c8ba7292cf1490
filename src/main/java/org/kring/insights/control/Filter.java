package org.kring.insights.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kring.ideas.entity.Idea;
import org.kring.insights.control.Question.Segment;
import org.kring.members.control.Members;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.InvalidInput;

/**
 * A checked {@link Question}: clean values, a real period, known segments. Builds the Elasticsearch filters of the
 * question itself ({@link #queries()}) and of a segment on its own ({@link #segmentQueries}). Pure, so unit tested.
 */
public record Filter(String words, List<String> types, List<String> topics, List<String> challenges,
                     List<String> statuses, List<String> tags, List<String> languages, Instant from, Instant to,
                     Segment segment, int minVotes, boolean includeHidden, Segment versus, boolean versusRest) {

    public static final List<String> TYPES = List.of("idea", "post", "thread");
    public static final List<String> LANGUAGES = List.of("nl", "en");
    public static final int MAX_WORDS = 500;
    public static final int MAX_VOTES = 1_000_000;

    /** The question checked against the rules and the regions members gave; {@link InvalidInput} naming each bad field. */
    public static Filter of(Question q, Set<String> knownRegions) {
        InvalidInput.Checks checks = InvalidInput.check();
        String words = q.q() == null || q.q().isBlank() ? null : q.q().strip();
        checks.that("q", words == null || words.length() <= MAX_WORDS, "must be at most " + MAX_WORDS + " characters");
        List<String> types = clean(q.type());
        checks.that("type", TYPES.containsAll(types), "must be one of " + TYPES);
        List<String> languages = clean(q.language());
        checks.that("language", LANGUAGES.containsAll(languages), "must be one of " + LANGUAGES);
        List<String> statuses = clean(q.status()).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        List<String> known = Arrays.stream(Idea.Status.values()).map(Enum::name).toList();
        checks.that("status", known.containsAll(statuses), "must be one of " + known);
        InvalidInput.Period period = checks.period(q.from(), q.to());
        int minVotes = q.minVotes() == null ? 0 : q.minVotes();
        checks.range("minVotes", minVotes, 0, MAX_VOTES);
        Segment segment = segment(checks, "segment", q.segment(), knownRegions);
        Segment versus = segment(checks, "versus", q.versus(), knownRegions);
        boolean versusRest = Boolean.TRUE.equals(q.versusRest());
        boolean comparing = versusRest || !isEveryone(versus);
        checks.that("segment", !comparing || !isEveryone(segment), "must be given to compare it with another group");
        checks.that("versusRest", !versusRest || isEveryone(versus), "compare with the rest or with a segment, not both");
        checks.orThrow();
        return new Filter(words, types, clean(q.topic()), clean(q.challenge()), statuses, clean(q.tag()), languages,
                period.from(), period.to(), segment, minVotes, Boolean.TRUE.equals(q.includeHidden()), versus, versusRest);
    }

    /** The fields the words are looked for in: titles weigh three times the body, as written and stemmed in nl and en. */
    static final List<String> SEARCHED = List.of("title^3", "title.nl^3", "title.en^3", "body", "body.nl", "body.en");

    /** These filters, and the words when there are any. */
    public static Query matching(List<Query> filters, String words) {
        return Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (words != null) {
                b.must(m -> m.multiMatch(mm -> mm.query(words).fields(SEARCHED).fuzziness("AUTO")));
            }
            return b;
        }));
    }

    /** The same question over another period (null: unbounded on that side). */
    public Filter during(Instant otherFrom, Instant otherTo) {
        return new Filter(words, types, topics, challenges, statuses, tags, languages, otherFrom, otherTo, segment,
                minVotes, includeHidden, versus, versusRest);
    }

    public boolean comparing() {
        return versusRest || !isEveryone(versus);
    }

    /** Every filter of the question, the segment included. */
    public List<Query> queries() {
        List<Query> queries = withoutSegment();
        queries.addAll(segmentQueries(segment));
        return queries;
    }

    /** Every filter but the segment: the ground on which a segment is compared with another group. */
    public List<Query> withoutSegment() {
        List<Query> queries = new ArrayList<>();
        if (!includeHidden) {
            queries.add(term("moderation_state", ModerationState.PUBLISHED.name()));
        }
        // What the community said: the index also holds the team's official answers, which are not explored here.
        terms(queries, "type", types.isEmpty() ? TYPES : types);
        terms(queries, "topic", topics);
        terms(queries, "challenge", challenges);
        terms(queries, "status", statuses);
        terms(queries, "tags", tags);
        terms(queries, "language", languages);
        if (from != null || to != null) {
            queries.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("created_at");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }
        if (minVotes > 0) {
            queries.add(Query.of(q -> q.range(r -> r.number(n -> n.field("vote_count").gte((double) minVotes)))));
        }
        return queries;
    }

    /** The authors of one segment. */
    public static List<Query> segmentQueries(Segment segment) {
        List<Query> queries = new ArrayList<>();
        terms(queries, "age_band", segment.ageBand());
        terms(queries, "region", segment.region());
        terms(queries, "customer_type", segment.customerType());
        return queries;
    }

    /** The second group of a comparison: the other segment, or everyone outside the first one. */
    public Query versusQuery() {
        if (versusRest) {
            return Query.of(q -> q.bool(b -> b.mustNot(m -> m.bool(inner -> inner.filter(segmentQueries(segment))))));
        }
        return Query.of(q -> q.bool(b -> b.filter(segmentQueries(versus))));
    }

    static boolean isEveryone(Segment segment) {
        return segment.ageBand().isEmpty() && segment.region().isEmpty() && segment.customerType().isEmpty();
    }

    private static Segment segment(InvalidInput.Checks checks, String field, Segment given, Set<String> knownRegions) {
        if (given == null) {
            return Segment.EVERYONE;
        }
        Segment s = new Segment(clean(given.ageBand()), clean(given.region()), clean(given.customerType()));
        checks.that(field + ".ageBand", Members.AGE_BANDS.containsAll(s.ageBand()), "must be one of " + Members.AGE_BANDS);
        checks.that(field + ".region", knownRegions.containsAll(s.region()), "is not a region any member gave");
        checks.that(field + ".customerType", Members.CUSTOMER_TYPES.containsAll(s.customerType()),
                "must be one of " + Members.CUSTOMER_TYPES);
        return s;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static void terms(List<Query> queries, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> any = values.stream().map(FieldValue::of).toList();
            queries.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(any)))));
        }
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
