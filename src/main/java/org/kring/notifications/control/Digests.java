package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kring.notifications.entity.Delivery;
import org.kring.notifications.entity.PreferenceKind;

/**
 * Daily and weekly digests: one mail per member and period that groups the notifications of the kinds the member chose
 * for that period, since the last digest. A member's digest is made in one transaction that locks the member's digest
 * state, puts the mail in the outbox and moves the state on, so a digest is made once per period even when the job
 * runs on two instances or restarts. A member with nothing new gets no mail. Periods turn at midnight UTC (weekly: on
 * Monday).
 */
@ApplicationScoped
public class Digests {

    /** At most this many notifications in one digest; more wait for the next one. */
    static final int MAX_ITEMS = 50;
    static final String KIND = "DIGEST";

    /** What a run did: members looked at and digests put in the outbox. */
    public record Run(String period, int members, int digests) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailWorker mailer;

    /** When the period that holds {@code now} began: midnight UTC, for weekly the Monday's. */
    public static Instant periodStart(Delivery period, Instant now) {
        LocalDate day = now.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate start = period == Delivery.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        return start.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Members whose digest of this period was last made before {@code madeBefore}, above {@code afterMember}, ascending. */
    public List<Long> due(Delivery period, Instant madeBefore, long afterMember, int limit) {
        return em.createNativeQuery("select member_id from notification_digest where period = ?1 and made_at < ?2 "
                        + "and member_id > ?3 order by member_id limit " + limit)
                .setParameter(1, period.name()).setParameter(2, madeBefore.atOffset(ZoneOffset.UTC)).setParameter(3, afterMember)
                .getResultStream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Makes the member's digest of the period if it is still due (made before {@code madeBefore}): true when a mail
     * went into the outbox.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean make(long memberId, Delivery period, Instant madeBefore, Instant now) {
        List<?> state = em.createNativeQuery("select through_id from notification_digest where member_id = ?1 and period = ?2 "
                        + "and made_at < ?3 for update")
                .setParameter(1, memberId).setParameter(2, period.name()).setParameter(3, madeBefore.atOffset(ZoneOffset.UTC))
                .getResultList();
        if (state.isEmpty()) {
            return false;
        }
        List<Long> items = newItems(memberId, period, ((Number) state.get(0)).longValue());
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (!items.isEmpty()) {
            em.createNativeQuery("insert into mail_outbox (id, member_id, fanout_id, to_address, to_name, language, kind, subject, "
                            + "status, excerpt, link, attempts, next_attempt_at, created_at, digest_ids) "
                            + "select nextval('mail_outbox_seq'), m.id, null, m.email, m.display_name, coalesce(p.language, 'nl'), ?2, ?3, "
                            + "null, null, '/notifications.xhtml', 0, ?4, ?4, ?5 "
                            + "from member m left join notification_preference p on p.member_id = m.id where m.id = ?1 and m.former = false")
                    .setParameter(1, memberId).setParameter(2, KIND).setParameter(3, period.name()).setParameter(4, at)
                    .setParameter(5, items.stream().map(String::valueOf).collect(Collectors.joining(","))).executeUpdate();
            mailer.wakeAfterCommit();
        }
        em.createNativeQuery("update notification_digest set through_id = ?3, made_at = ?4 where member_id = ?1 and period = ?2")
                .setParameter(1, memberId).setParameter(2, period.name())
                .setParameter(3, items.isEmpty() ? ((Number) state.get(0)).longValue() : items.get(items.size() - 1))
                .setParameter(4, at).executeUpdate();
        return !items.isEmpty();
    }

    /**
     * The member's notifications after {@code throughId} of the kinds chosen for this period, each since it was chosen
     * (what came before went out by mail already, or not at all), oldest first.
     */
    private List<Long> newItems(long memberId, Delivery period, long throughId) {
        List<?> chosen = em.createNativeQuery("select kind, updated_at from notification_choice where member_id = ?1 and delivery = ?2")
                .setParameter(1, memberId).setParameter(2, period.name()).getResultList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        List<Object> since = new ArrayList<>();
        for (Object row : chosen) {
            Object[] r = (Object[]) row;
            // Kind names come from the enum, never from input.
            conditions.add("(kind in (" + PreferenceKind.valueOf((String) r[0]).kinds().stream().map(k -> "'" + k.name() + "'")
                    .collect(Collectors.joining(",")) + ") and created_at >= ?" + (since.size() + 3) + ")");
            since.add(r[1]);
        }
        var query = em.createNativeQuery("select id from notification where member_id = ?1 and id > ?2 and ("
                + String.join(" or ", conditions) + ") order by id limit " + MAX_ITEMS)
                .setParameter(1, memberId).setParameter(2, throughId);
        for (int i = 0; i < since.size(); i++) {
            query.setParameter(i + 3, since.get(i));
        }
        return query.getResultStream().map(id -> ((Number) id).longValue()).toList();
    }
}
