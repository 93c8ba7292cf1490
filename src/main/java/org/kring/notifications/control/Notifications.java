package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.kring.notifications.entity.Notification;
import org.kring.platform.database.Positional;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * A member's notifications: announcing an event to an audience (fanned out in the background by {@link FanOuts}),
 * the list newest first, the unread count and marking as read.
 */
@ApplicationScoped
public class Notifications {

    public static final int MAX_PAGE = 100;
    /** The bell shows "99+" beyond this: counting further costs reads and tells nobody anything. */
    public static final int UNREAD_SHOWN = 99;

    /** One page of notifications, newest first, and where the next starts (null: the last page). */
    public record Page(List<Notification> items, Long nextBefore) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FanOutWorker fanOut;

    @Inject
    ImportContext imports;

    /**
     * Tells the announcement's audience, durably: one row in the caller's transaction (so it commits with the event,
     * or not at all); the notifications themselves are written in the background.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Announcement a) {
        announceAll(List.of(a));
    }

    /** Like {@link #announce} for the announcements of a whole selection (a bulk decision), in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceAll(List<Announcement> announcements) {
        if (announcements.isEmpty()) {
            return;
        }
        Positional p = new Positional();
        String at = p.add(imports.now().atOffset(ZoneOffset.UTC));
        String rows = announcements.stream().map(a -> "(nextval('notification_fanout_seq'), " + p.add(a.audience()) + ", "
                + p.add(a.targetId()) + ", cast(" + p.add(a.actorId()) + " as bigint), " + p.add(a.kind().name()) + ", "
                + p.add(a.subject()) + ", cast(" + p.add(a.status()) + " as varchar), cast(" + p.add(a.excerpt()) + " as varchar), "
                + p.add(a.link()) + ", 0, " + at + ")").collect(Collectors.joining(", "));
        p.bind(em.createNativeQuery("insert into notification_fanout (id, audience, target_id, actor_id, kind, subject, status, "
                + "excerpt, link, done_through, created_at) values " + rows)).executeUpdate();
        fanOut.wakeAfterCommit();
    }

    /** The member's notifications older than {@code before} (null: the newest), newest first. */
    public Page of(long memberId, Long before, int limit) {
        InvalidInput.check().range("limit", limit, 1, MAX_PAGE).orThrow();
        TypedQuery<Notification> query = em.createQuery("select n from Notification n where n.memberId = :m"
                + (before == null ? "" : " and n.id < :before") + " order by n.id desc", Notification.class)
                .setParameter("m", memberId).setMaxResults(limit + 1);
        if (before != null) {
            query.setParameter("before", before);
        }
        List<Notification> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Notification> page = more ? rows.subList(0, limit) : rows;
        return new Page(page, more ? page.get(page.size() - 1).getId() : null);
    }

    /** These notifications of the member, oldest first (a digest's). */
    public List<Notification> byIds(long memberId, List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select n from Notification n where n.memberId = :m and n.id in :ids "
                + "order by n.id", Notification.class).setParameter("m", memberId).setParameter("ids", ids).getResultList();
    }

    /** Unread notifications, counted up to {@link #UNREAD_SHOWN} + 1 (an index range of the unread rows only). */
    public int unread(long memberId) {
        Number count = (Number) em.createNativeQuery("select count(*) from (select 1 from notification "
                        + "where member_id = ?1 and read_at is null limit " + (UNREAD_SHOWN + 1) + ") unread")
                .setParameter(1, memberId).getSingleResult();
        return count.intValue();
    }

    /** Marks one of the member's notifications as read (again: nothing changes); answers where it links to. */
    @Transactional
    public String markRead(long memberId, long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || n.getMemberId() != memberId) {
            throw new NotFound("You have no notification " + notificationId + ".");
        }
        em.createNativeQuery("update notification set read_at = ?2 where id = ?1 and read_at is null")
                .setParameter(1, notificationId).setParameter(2, imports.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        return n.getLink();
    }

    /** Marks all the member's notifications as read; answers how many were unread. */
    @Transactional
    public int markAllRead(long memberId) {
        return em.createNativeQuery("update notification set read_at = ?2 where member_id = ?1 and read_at is null")
                .setParameter(1, memberId).setParameter(2, imports.now().atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
