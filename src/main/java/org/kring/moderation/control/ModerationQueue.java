package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.Flag;
import org.kring.moderation.entity.ModerationItem;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.database.Timestamps;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.text.MarkdownRenderer;

/**
 * The one queue: every item that waits for (or got) a decision, with what a moderator needs to decide at a glance:
 * the content and its context, the author's history, the flags and the score in words, how long it has waited.
 * Keyset paged by score or by age; a page costs a fixed number of queries (no N+1), whatever its size.
 */
@ApplicationScoped
public class ModerationQueue {

    public static final int MAX_PAGE = 100;
    private static final int EXCERPT = 280;

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

    public record Entry(ModerationItem item, Content content, Author author, List<Flag> flags, String explanation,
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
        ModeratorScope.Scope scope = scopes.of(moderatorId);
        List<String> where = new ArrayList<>(List.of("i.state = :state"));
        if (!scope.unrestricted()) {
            where.add("i.topicId in :topics");
        }
        type.ifPresent(t -> where.add("i.targetType = :type"));
        reason.ifPresent(r -> where.add("exists (select f.id from Flag f where f.itemId = i.id and f.reason = :reason)"));
        if (held) {
            where.add("i.heldReason is not null");
        }
        if (filter.assignee() != null) {
            where.add("i.claimedBy = :assignee and i.claimedUntil > :now");
        }
        if (filter.minAgeMinutes() != null) {
            where.add("i.openedAt <= :olderThan");
        }
        if (filter.member() != null) {
            where.add("i.authorId = :member");
        }
        String order;
        if (sort.get() == Sort.SCORE) {
            after.ifPresent(a -> where.add("(i.score < :afterScore or (i.score = :afterScore and i.id < :afterId))"));
            order = " order by i.score desc, i.id desc";
        } else {
            after.ifPresent(a -> where.add("(i.openedAt > :afterAt or (i.openedAt = :afterAt and i.id > :afterId))"));
            order = " order by i.openedAt, i.id";
        }
        TypedQuery<ModerationItem> query = em.createQuery("select i from ModerationItem i where " + String.join(" and ", where) + order,
                ModerationItem.class).setParameter("state", state.get());
        type.ifPresent(t -> query.setParameter("type", t));
        reason.ifPresent(r -> query.setParameter("reason", r));
        if (!scope.unrestricted()) {
            query.setParameter("topics", scope.topics());
        }
        if (filter.assignee() != null) {
            query.setParameter("assignee", filter.assignee()).setParameter("now", now);
        }
        if (filter.minAgeMinutes() != null) {
            query.setParameter("olderThan", now.minus(Duration.ofMinutes(filter.minAgeMinutes())));
        }
        if (filter.member() != null) {
            query.setParameter("member", filter.member());
        }
        after.ifPresent(a -> {
            if (sort.get() == Sort.SCORE) {
                query.setParameter("afterScore", new BigDecimal(a[0]));
            } else {
                query.setParameter("afterAt", Instant.EPOCH.plusNanos(Long.parseLong(a[0]) * 1000));
            }
            query.setParameter("afterId", Long.parseLong(a[1]));
        });
        List<ModerationItem> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<ModerationItem> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            ModerationItem last = page.get(page.size() - 1);
            next = (sort.get() == Sort.SCORE ? last.getScore().toPlainString() : String.valueOf(micros(last.getOpenedAt())))
                    + "_" + last.getId();
        }
        return new Page(entries(page, now), next, waiting(scope));
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

    private List<Entry> entries(List<ModerationItem> items, Instant now) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(ModerationItem::getId).toList();
        Map<Long, List<Flag>> flags = em.createQuery("select f from Flag f join fetch f.flagger where f.itemId in :ids "
                        + "order by f.createdAt, f.id", Flag.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(Flag::getItemId));
        Map<String, Content> contents = contents(items);
        Set<Long> people = new HashSet<>();
        items.forEach(i -> {
            people.add(i.getAuthorId());
            if (i.getClaimedBy() != null) {
                people.add(i.getClaimedBy());
            }
        });
        Map<Long, Author> authors = authors(people);
        ModerationSettings.HideScores thresholds = settings.hideScores();
        Duration target = settings.target();
        return items.stream().map(i -> {
            List<Flag> itemFlags = flags.getOrDefault(i.getId(), List.of());
            List<FlagWeight> round = itemFlags.stream()
                    .filter(f -> i.getState() == ModerationItem.State.DECIDED || f.getOutcome() == null)
                    .map(f -> new FlagWeight(f.getWeight(), f.getWeightBasis())).toList();
            BigDecimal threshold = thresholds.of(i.getTopicId());
            long waited = Math.max(0, Duration.between(i.getOpenedAt(), i.getDecidedAt() == null ? now : i.getDecidedAt()).toSeconds());
            boolean claimed = i.getClaimedBy() != null && i.getClaimedUntil() != null && i.getClaimedUntil().isAfter(now);
            return new Entry(i, contents.get(i.getTargetType() + ":" + i.getTargetId()), authors.get(i.getAuthorId()), itemFlags,
                    ScoreExplanation.of(round, threshold, i.isAutoHidden()), waited,
                    i.getState() == ModerationItem.State.OPEN && waited > target.toSeconds(),
                    claimed ? authors.get(i.getClaimedBy()).displayName() : null);
        }).toList();
    }

    /**
     * The content of a page's targets, one query per kind. Native reads of the features' tables: the queue shows any
     * state, and one joined query per kind keeps a page of 100 items at a handful of queries.
     */
    private Map<String, Content> contents(List<ModerationItem> items) {
        Map<String, Content> contents = new HashMap<>();
        Map<TargetType, List<Long>> byType = items.stream().collect(Collectors.groupingBy(ModerationItem::getTargetType,
                Collectors.mapping(ModerationItem::getTargetId, Collectors.toList())));
        rows("select i.id, i.title, i.body_html, t.name_en, null from idea i join topic t on t.id = i.topic_id where i.id in ",
                byType.get(TargetType.IDEA)).forEach(r -> contents.put("IDEA:" + id(r[0]),
                new Content((String) r[1], excerpt(r[2]), "topic " + r[3], null)));
        rows("select t.id, t.title, null, tp.name_en, null from discussion_thread t join topic tp on tp.id = t.topic_id where t.id in ",
                byType.get(TargetType.THREAD)).forEach(r -> contents.put("THREAD:" + id(r[0]),
                new Content((String) r[1], null, "topic " + r[3], null)));
        rows("select p.id, null, p.body_html, coalesce(i.title, t.title), pp.body_html from post p join discussion_thread t on t.id = p.thread_id "
                + "left join idea i on i.id = t.idea_id left join post pp on pp.id = p.parent_id where p.id in ",
                byType.get(TargetType.POST)).forEach(r -> contents.put("POST:" + id(r[0]),
                new Content(null, excerpt(r[2]), "in: " + r[3], r[4] == null ? null : excerpt(r[4]))));
        rows("select m.id, m.display_name, null, null, null from member m where m.id in ", byType.get(TargetType.MEMBER))
                .forEach(r -> contents.put("MEMBER:" + id(r[0]), new Content((String) r[1], null, "member profile", null)));
        return contents;
    }

    /** The people on a page: display name, account age, contributions and decisions against them (grouped queries). */
    private Map<Long, Author> authors(Collection<Long> ids) {
        Map<Long, Long> ideas = counts("select author_id, count(*) from idea where author_id in ", ids, " group by author_id");
        Map<Long, Long> posts = counts("select author_id, count(*) from post where author_id in ", ids, " group by author_id");
        Map<Long, Long> against = counts("select author_id, count(*) from moderation_action where author_id in ", ids,
                " and action in ('AUTO_HIDE', 'HIDE', 'DELETE') and undone_by_id is null group by author_id");
        Map<Long, Author> authors = new HashMap<>();
        rows("select id, display_name, created_at, null, null from member where id in ", new ArrayList<>(ids)).forEach(r -> {
            long id = id(r[0]);
            authors.put(id, new Author(id, (String) r[1], Timestamps.instant(r[2]), ideas.getOrDefault(id, 0L), posts.getOrDefault(id, 0L),
                    against.getOrDefault(id, 0L)));
        });
        return authors;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sqlUpToIn, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(sqlUpToIn + placeholders(ids.size()));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Long> counts(String sqlUpToIn, Collection<Long> ids, String rest) {
        List<Long> list = new ArrayList<>(ids);
        Query query = em.createNativeQuery(sqlUpToIn + placeholders(list.size()) + rest);
        for (int i = 0; i < list.size(); i++) {
            query.setParameter(i + 1, list.get(i));
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            counts.put(id(r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    private static String placeholders(int n) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 1; i <= n; i++) {
            sql.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return sql.append(')').toString();
    }

    private static String excerpt(Object html) {
        if (html == null) {
            return null;
        }
        String text = MarkdownRenderer.toPlainText((String) html).strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
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
