package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.database.Positional;
import org.kring.platform.problems.InvalidInput;

/** The audit log: every moderation action, automatic or by hand, newest first, filtered, keyset paged. */
@ApplicationScoped
public class ModerationLog {

    public static final int MAX_PAGE = 100;
    /** The allocation size of {@link ModerationAction}'s id sequence (its entity mapping and V6 agree). */
    static final int ID_BLOCK = 50;

    /** Which lines to show; null fields do not filter. */
    public record Filter(Long moderatorId, Long memberId, String targetType, Long targetId, String action) {
    }

    /** A page of lines and where the next starts (null: no more). */
    public record Page(List<ModerationAction> actions, String nextCursor) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ModeratorScope scopes;

    @Transactional(Transactional.TxType.MANDATORY)
    public ModerationAction record(Long itemId, Long moderatorId, ModerationAction.Kind kind, TargetType type, long targetId,
                                   Long authorId, String reason, String before, String after, Long undoesId, Instant at) {
        ModerationAction action = new ModerationAction(itemId, moderatorId, kind, type, targetId, authorId, reason, before, after,
                undoesId, at);
        em.persist(action);
        em.flush();
        return action;
    }

    /** A log line as {@link #recordAll} writes it. */
    public record Line(Long itemId, Long moderatorId, ModerationAction.Kind kind, TargetType type, long targetId, Long authorId,
                       String reason, String before, String after, Instant at) {
    }

    /**
     * {@link #record} for a selection's lines at once (a bulk decision): one insert, whatever its size. Returns their
     * ids in the order of the lines. The ids come from the entity's own sequence in its blocks of
     * {@value #ID_BLOCK}, the way EclipseLink hands them out (a block ends at the value the sequence gave: nothing
     * that EclipseLink persists later can take one of them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> recordAll(List<Line> lines) {
        List<Long> ids = new ArrayList<>();
        while (ids.size() < lines.size()) {
            long blockEnd = ((Number) em.createNativeQuery("select nextval('moderation_action_seq')").getSingleResult()).longValue();
            for (long id = blockEnd - ID_BLOCK + 1; id <= blockEnd && ids.size() < lines.size(); id++) {
                ids.add(id);
            }
        }
        Positional p = new Positional();
        StringBuilder rows = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            Line l = lines.get(n);
            rows.append(n == 0 ? "" : ", ").append("(").append(p.add(ids.get(n))).append(", cast(").append(p.add(l.itemId()))
                    .append(" as bigint), cast(").append(p.add(l.moderatorId())).append(" as bigint), ").append(p.add(l.kind().name()))
                    .append(", ").append(p.add(l.type().name())).append(", ").append(p.add(l.targetId())).append(", cast(")
                    .append(p.add(l.authorId())).append(" as bigint), cast(").append(p.add(l.reason())).append(" as varchar), ")
                    .append(p.add(l.before())).append(", ").append(p.add(l.after())).append(", ")
                    .append(p.add(l.at().atOffset(ZoneOffset.UTC))).append(")");
        }
        p.bind(em.createNativeQuery("insert into moderation_action (id, item_id, moderator_id, action, target_type, target_id, "
                + "author_id, reason, state_before, state_after, created_at) values " + rows)).executeUpdate();
        return ids;
    }

    /** These log lines, in the order of the ids. */
    public List<ModerationAction> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ModerationAction> byId = em.createQuery("select a from ModerationAction a where a.id in :ids", ModerationAction.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(ModerationAction::getId, a -> a));
        return ids.stream().map(byId::get).toList();
    }

    public Optional<ModerationAction> find(long id) {
        return Optional.ofNullable(em.find(ModerationAction.class, id));
    }

    /**
     * Why the target is out of members' view now: the latest action that hid or deleted it and was not undone
     * (its author is shown the reason on their own contribution).
     */
    public Optional<ModerationAction> withheldBy(TargetType type, long targetId) {
        return em.createQuery("select a from ModerationAction a where a.targetType = :type and a.targetId = :target "
                        + "and a.undoneById is null and a.stateAfter in ('HIDDEN', 'DELETED') order by a.createdAt desc, a.id desc",
                        ModerationAction.class)
                .setParameter("type", type).setParameter("target", targetId).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * A page of the log as this moderator sees it: a moderator limited to topics sees the entries of their topics' queue
     * items and their own entries (moves, merges and edits of others carry no item, so they stay out of sight).
     */
    public Page list(long moderatorId, Filter filter, String cursor, int limit) {
        return list(scopes.of(moderatorId), filter, cursor, limit);
    }

    /** {@link #list} for a moderator whose scope the caller read already (a page reads it once per request). */
    public Page list(ModeratorScope.Scope scope, Filter filter, String cursor, int limit) {
        long moderatorId = scope.moderatorId();
        Optional<TargetType> type = Flags.parse(TargetType.class, filter.targetType());
        Optional<ModerationAction.Kind> kind = Flags.parse(ModerationAction.Kind.class, filter.action());
        Optional<Cursor> after = Cursor.decode(cursor);
        InvalidInput.check()
                .range("limit", limit, 1, MAX_PAGE)
                .that("targetType", filter.targetType() == null || type.isPresent(), "must be one of " + Arrays.toString(TargetType.values()))
                .that("action", filter.action() == null || kind.isPresent(), "must be one of " + Arrays.toString(ModerationAction.Kind.values()))
                .that("cursor", cursor == null || after.isPresent(), "is not a cursor of this list; start again without it")
                .orThrow();
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        if (!scope.unrestricted()) {
            where.add("(a.moderatorId = :me or exists (select i.id from ModerationItem i where i.id = a.itemId and i.topicId in :topics))");
        }
        if (filter.moderatorId() != null) {
            where.add("a.moderatorId = :moderator");
        }
        if (filter.memberId() != null) {
            where.add("a.authorId = :member");
        }
        type.ifPresent(t -> where.add("a.targetType = :type"));
        if (filter.targetId() != null) {
            where.add("a.targetId = :target");
        }
        kind.ifPresent(k -> where.add("a.action = :kind"));
        after.ifPresent(c -> where.add("(a.createdAt < :at or (a.createdAt = :at and a.id < :id))"));
        TypedQuery<ModerationAction> query = em.createQuery("select a from ModerationAction a where " + String.join(" and ", where)
                + " order by a.createdAt desc, a.id desc", ModerationAction.class);
        if (!scope.unrestricted()) {
            query.setParameter("me", moderatorId).setParameter("topics", scope.topics());
        }
        if (filter.moderatorId() != null) {
            query.setParameter("moderator", filter.moderatorId());
        }
        if (filter.memberId() != null) {
            query.setParameter("member", filter.memberId());
        }
        type.ifPresent(t -> query.setParameter("type", t));
        if (filter.targetId() != null) {
            query.setParameter("target", filter.targetId());
        }
        kind.ifPresent(k -> query.setParameter("kind", k));
        after.ifPresent(c -> query.setParameter("at", c.at()).setParameter("id", c.id()));
        List<ModerationAction> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<ModerationAction> page = more ? rows.subList(0, limit) : rows;
        ModerationAction last = more ? page.get(page.size() - 1) : null;
        return new Page(page, last == null ? null : new Cursor(last.getCreatedAt(), last.getId()).encode());
    }

    /** A keyset position: a moment and an id (ties). */
    record Cursor(Instant at, long id) {
        String encode() {
            return at.toEpochMilli() * 1000 + at.getNano() / 1000 % 1000 + "_" + id;
        }

        static Optional<Cursor> decode(String cursor) {
            if (cursor == null) {
                return Optional.empty();
            }
            try {
                String[] parts = cursor.split("_");
                long micros = Long.parseLong(parts[0]);
                return Optional.of(new Cursor(Instant.EPOCH.plusNanos(micros * 1000), Long.parseLong(parts[1])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
