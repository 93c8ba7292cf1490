package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.Flag;
import org.kring.moderation.entity.ModerationItem;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.database.Timestamps;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.InvalidInput;

/**
 * The one queue: every item that waits for (or got) a decision, with what a moderator needs to decide at a glance:
 * the content and its context, the author's history, the flags and the score in words, how long it has waited.
 * Keyset paged by score or by age. A page of any size costs two statements ({@link QueuePageSql}): the items with
 * their content, authors, thresholds and the waiting count, then their flags; read as plain rows, no entities.
 */
@ApplicationScoped
public class ModerationQueue {

    public static final int MAX_PAGE = 100;

    public enum Sort { SCORE, AGE }

    /** The reason filter's value for items that pre-moderation holds (no flag needed). */
    public static final String HELD = "HELD";

    /**
     * Which items; null fields do not filter. {@code state} is OPEN (default) or DECIDED; {@code member}: the author;
     * {@code reason} a flag reason, or {@link #HELD} for what pre-moderation holds.
     */
    public record Filter(String type, String reason, String state, Long assignee, Integer minAgeMinutes, Long member) {
    }

    /** The author and what moderators need to know of their history. */
    public record Author(long id, String displayName, Instant memberSince, long ideas, long posts, long decisionsAgainst) {
    }

    /** What the item is about: a title (ideas, threads), a text excerpt, and what it sits in (a post's thread and parent). */
    public record Content(String title, String excerpt, String context, String previous) {
    }

    /** A queue item's own columns as the queue shows them; {@code claimedBy} is the member id of the (maybe expired) claim. */
    public record Item(long id, TargetType targetType, long targetId, long authorId, Long topicId, ModerationItem.State state,
                       BigDecimal score, int flagCount, boolean autoHidden, Instant openedAt, Instant decidedAt, String decision,
                       Long claimedBy, Instant claimedUntil, String heldReason) {
    }

    /** A flag on an item as moderators see it: who, why, what it weighs and what became of it (null: waiting). */
    public record FlagNote(long flaggerId, String flagger, Flag.Reason reason, String text, Long duplicateOf, BigDecimal weight,
                           String weightBasis, Flag.Outcome outcome, Instant createdAt) {
    }

    public record Entry(Item item, Content content, Author author, List<FlagNote> flags, String explanation,
                        long waitingSeconds, boolean overdue, String claimedBy) {
    }

    public record Page(List<Entry> items, String nextCursor, long waiting) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ModerationSettings settings;

    @Inject
    ImportContext imports;

    @Inject
    ModeratorScope scopes;

    /** A page of the queue as this moderator sees it: a moderator limited to topics sees their topics' items only. */
    public Page list(long moderatorId, Filter filter, String sortName, String cursor, int limit) {
        return list(scopes.of(moderatorId), filter, sortName, cursor, limit);
    }

    /** {@link #list} for a moderator whose scope the caller read already (a page reads it once per request). */
    public Page list(ModeratorScope.Scope scope, Filter filter, String sortName, String cursor, int limit) {
        Optional<TargetType> type = Flags.parse(TargetType.class, filter.type());
        boolean held = HELD.equalsIgnoreCase(String.valueOf(filter.reason()).strip());
        Optional<Flag.Reason> reason = held ? Optional.empty() : Flags.parse(Flag.Reason.class, filter.reason());
        Optional<ModerationItem.State> state = filter.state() == null ? Optional.of(ModerationItem.State.OPEN)
                : Flags.parse(ModerationItem.State.class, filter.state());
        Optional<Sort> sort = sortName == null ? Optional.of(Sort.SCORE) : Flags.parse(Sort.class, sortName);
        Optional<String[]> after = Optional.ofNullable(cursor).map(c -> c.split("_")).filter(p -> p.length == 2 && valid(p));
        InvalidInput.check()
                .range("limit", limit, 1, MAX_PAGE)
                .that("type", filter.type() == null || type.isPresent(), "must be one of " + Arrays.toString(TargetType.values()))
                .that("reason", filter.reason() == null || held || reason.isPresent(),
                        "must be one of " + Arrays.toString(Flag.Reason.values()) + " or HELD")
                .that("state", state.isPresent(), "must be OPEN or DECIDED")
                .that("sort", sort.isPresent(), "must be score or age")
                .that("minAgeMinutes", filter.minAgeMinutes() == null || filter.minAgeMinutes() >= 0, "must be 0 or more")
                .that("cursor", cursor == null || after.isPresent(), "is not a cursor of this list; start again without it")
                .orThrow();
        Instant now = imports.now();
        QueuePageSql sql = new QueuePageSql(state.get(), scope);
        type.ifPresent(sql::type);
        reason.ifPresent(sql::reason);
        if (held) {
            sql.held();
        }
        if (filter.assignee() != null) {
            sql.claimedBy(filter.assignee(), now);
        }
        if (filter.minAgeMinutes() != null) {
            sql.openedBefore(now.minus(Duration.ofMinutes(filter.minAgeMinutes())));
        }
        if (filter.member() != null) {
            sql.author(filter.member());
        }
        if (sort.get() == Sort.SCORE) {
            after.ifPresent(a -> sql.afterScore(new BigDecimal(a[0]), Long.parseLong(a[1])));
        } else {
            after.ifPresent(a -> sql.afterAge(Instant.EPOCH.plusNanos(Long.parseLong(a[0]) * 1000), Long.parseLong(a[1])));
        }
        List<QueuePageSql.Row> rows = sql.rows(em, sort.get() == Sort.SCORE, limit + 1);
        boolean more = rows.size() > limit;
        List<QueuePageSql.Row> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Item last = page.get(page.size() - 1).item();
            next = (sort.get() == Sort.SCORE ? last.score().toPlainString() : String.valueOf(micros(last.openedAt())))
                    + "_" + last.id();
        }
        long waiting = page.isEmpty() ? waiting(scope) : page.get(0).waiting();
        return new Page(entries(page, now), next, waiting);
    }

    /** How many items wait for a decision, in all. */
    public long waiting() {
        return waiting(null);
    }

    /** How many items wait for this moderator's decision (of their topics, when they are limited to some). */
    public long waiting(long moderatorId) {
        return waiting(scopes.of(moderatorId));
    }

    private long waiting(ModeratorScope.Scope scope) {
        if (scope == null || scope.unrestricted()) {
            return ((Number) em.createNativeQuery("select count(*) from moderation_item where state = 'OPEN'").getSingleResult()).longValue();
        }
        return em.createQuery("select count(i) from ModerationItem i where i.state = :open and i.topicId in :topics", Long.class)
                .setParameter("open", ModerationItem.State.OPEN).setParameter("topics", scope.topics()).getSingleResult();
    }

    /**
     * How many items wait for a decision per topic, by slug: every topic (0 when none of its items waits), and the items
     * without a topic (members reported) under "". One grouped query (index moderation_item_topic_open).
     */
    public Map<String, Long> waitingPerTopic() {
        List<?> rows = em.createNativeQuery("select t.slug, count(i.id) from topic t left join moderation_item i "
                + "on i.topic_id = t.id and i.state = 'OPEN' group by t.slug "
                + "union all select '', count(*) from moderation_item where topic_id is null and state = 'OPEN'").getResultList();
        Map<String, Long> waiting = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            waiting.put((String) r[0], ((Number) r[1]).longValue());
        }
        return waiting;
    }

    /** How long the oldest waiting item has waited, in seconds; 0 when none waits. */
    public double oldestSeconds() {
        Object oldest = em.createNativeQuery("select min(opened_at) from moderation_item where state = 'OPEN'").getSingleResult();
        return oldest == null ? 0 : Math.max(0, Duration.between(Timestamps.instant(oldest), Instant.now()).toMillis() / 1000.0);
    }

    private List<Entry> entries(List<QueuePageSql.Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FlagNote>> flags = QueuePageSql.flags(em, rows.stream().map(r -> r.item().id()).toList());
        BigDecimal fallback = settings.hideScore(null);
        Duration target = settings.target();
        return rows.stream().map(r -> {
            Item i = r.item();
            List<FlagNote> itemFlags = flags.getOrDefault(i.id(), List.of());
            List<FlagWeight> round = itemFlags.stream()
                    .filter(f -> i.state() == ModerationItem.State.DECIDED || f.outcome() == null)
                    .map(f -> new FlagWeight(f.weight(), f.weightBasis())).toList();
            BigDecimal threshold = r.hideScore() != null ? r.hideScore() : fallback;
            long waited = Math.max(0, Duration.between(i.openedAt(), i.decidedAt() == null ? now : i.decidedAt()).toSeconds());
            boolean claimed = i.claimedBy() != null && i.claimedUntil() != null && i.claimedUntil().isAfter(now);
            return new Entry(i, r.content(), r.author(), itemFlags, ScoreExplanation.of(round, threshold, i.autoHidden()), waited,
                    i.state() == ModerationItem.State.OPEN && waited > target.toSeconds(), claimed ? r.claimer() : null);
        }).toList();
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    private static boolean valid(String[] parts) {
        try {
            new BigDecimal(parts[0]);
            Long.parseLong(parts[1]);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
