package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.problems.InvalidInput;

/** The audit log: every moderation action, automatic or by hand, newest first, filtered, keyset paged. */
@ApplicationScoped
public class ModerationLog {

    public static final int MAX_PAGE = 100;

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
        Optional<TargetType> type = Flags.parse(TargetType.class, filter.targetType());
        Optional<ModerationAction.Kind> kind = Flags.parse(ModerationAction.Kind.class, filter.action());
        Optional<Cursor> after = Cursor.decode(cursor);
        InvalidInput.check()
                .range("limit", limit, 1, MAX_PAGE)
                .that("targetType", filter.targetType() == null || type.isPresent(), "must be one of " + Arrays.toString(TargetType.values()))
                .that("action", filter.action() == null || kind.isPresent(), "must be one of " + Arrays.toString(ModerationAction.Kind.values()))
                .that("cursor", cursor == null || after.isPresent(), "is not a cursor of this list; start again without it")
                .orThrow();
        ModeratorScope.Scope scope = scopes.of(moderatorId);
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
