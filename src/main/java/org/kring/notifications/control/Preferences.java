package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kring.notifications.entity.Delivery;
import org.kring.notifications.entity.PreferenceKind;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.InvalidInput;

/**
 * A member's e-mail choices, per kind of notification (in-app notifications always come): immediately (the default of
 * most kinds), in a daily or weekly digest, or off. A kind without a choice of its own follows the member's general
 * choice, which only a one-click unsubscribe of all mails sets (to off), else the kind's default. Also the mails' language.
 */
@ApplicationScoped
public class Preferences {

    static final String DEFAULT_LANGUAGE = "nl";
    static final List<String> DELIVERIES = Arrays.stream(Delivery.values()).map(Delivery::name).toList();
    static final List<String> KINDS = Arrays.stream(PreferenceKind.values()).map(PreferenceKind::name).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    /**
     * The SQL expression of a member's delivery for one kind, given the aliases of the member's notification_choice row
     * (joined for that kind) and notification_preference row: the one rule, shared by the fan-out's mail insert.
     */
    static String delivery(String choice, String preference, PreferenceKind kind) {
        return "coalesce(" + choice + ".delivery, " + preference + ".email, '" + kind.defaultDelivery() + "')";
    }

    /** Every kind's delivery for this member. */
    public Map<PreferenceKind, Delivery> of(long memberId) {
        Map<PreferenceKind, Delivery> choices = new EnumMap<>(PreferenceKind.class);
        List<?> general = em.createNativeQuery("select email from notification_preference where member_id = ?1")
                .setParameter(1, memberId).getResultList();
        Arrays.stream(PreferenceKind.values()).forEach(k -> choices.put(k,
                general.isEmpty() ? k.defaultDelivery() : Delivery.valueOf((String) general.get(0))));
        for (Object row : em.createNativeQuery("select kind, delivery from notification_choice where member_id = ?1")
                .setParameter(1, memberId).getResultList()) {
            Object[] r = (Object[]) row;
            choices.put(PreferenceKind.valueOf((String) r[0]), Delivery.valueOf((String) r[1]));
        }
        if (!isTeam(memberId)) {
            // only the company's team gets Kring's notices about its operation: members are not offered the choice
            choices.remove(PreferenceKind.TEAM);
        }
        return choices;
    }

    private boolean isTeam(long memberId) {
        return !em.createNativeQuery("select 1 from member where id = ?1 and role <> 'MEMBER'").setParameter(1, memberId)
                .getResultList().isEmpty();
    }

    /**
     * Changes the deliveries named (kind name to delivery name; kinds left out stay as they are). Refuses unknown
     * kinds and deliveries, naming each as {@code email.KIND}.
     */
    @Transactional
    public Map<PreferenceKind, Delivery> change(long memberId, Map<String, String> email) {
        InvalidInput.Checks checks = InvalidInput.check().that("email", email != null && !email.isEmpty(),
                "must name at least one kind: " + KINDS);
        if (email != null) {
            email.forEach((kind, delivery) -> checks
                    .that("email." + kind, KINDS.contains(kind), "is not a kind of notification; the kinds are " + KINDS)
                    .that("email." + kind, delivery != null && DELIVERIES.contains(delivery), "must be one of " + DELIVERIES));
        }
        checks.orThrow();
        email.forEach((kind, delivery) -> choose(memberId, PreferenceKind.valueOf(kind), Delivery.valueOf(delivery)));
        return of(memberId);
    }

    /** No more e-mails of any kind for this member (in-app notifications go on). Idempotent. */
    @Transactional
    public void stopEmails(long memberId) {
        OffsetDateTime now = now();
        int updated = em.createNativeQuery("update notification_preference set email = ?2, updated_at = ?3 where member_id = ?1")
                .setParameter(1, memberId).setParameter(2, Delivery.OFF.name()).setParameter(3, now).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into notification_preference (member_id, email, language, updated_at) "
                            + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, memberId).setParameter(2, Delivery.OFF.name()).setParameter(3, DEFAULT_LANGUAGE)
                    .setParameter(4, now).executeUpdate();
        }
        em.createNativeQuery("update notification_choice set delivery = ?2, updated_at = ?3 where member_id = ?1")
                .setParameter(1, memberId).setParameter(2, Delivery.OFF.name()).setParameter(3, now).executeUpdate();
    }

    /** No more e-mails of this kind for this member. Idempotent. */
    @Transactional
    public void stopEmails(long memberId, PreferenceKind kind) {
        choose(memberId, kind, Delivery.OFF);
    }

    /**
     * Stores one choice (unchanged: nothing happens). Choosing a digest starts the member's digest of that period now, if
     * it did not run yet: the first one comes when the period turns; the notifications it groups are those of the kinds
     * chosen for it since each was chosen (so none that already went out by mail comes again).
     */
    private void choose(long memberId, PreferenceKind kind, Delivery delivery) {
        OffsetDateTime now = now();
        int changed = em.createNativeQuery("update notification_choice set delivery = ?3, updated_at = ?4 "
                        + "where member_id = ?1 and kind = ?2 and delivery <> ?3")
                .setParameter(1, memberId).setParameter(2, kind.name()).setParameter(3, delivery.name()).setParameter(4, now)
                .executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("insert into notification_choice (member_id, kind, delivery, updated_at) values (?1, ?2, ?3, ?4) "
                            + "on conflict do nothing")
                    .setParameter(1, memberId).setParameter(2, kind.name()).setParameter(3, delivery.name()).setParameter(4, now)
                    .executeUpdate();
        }
        if (delivery.digest()) {
            em.createNativeQuery("insert into notification_digest (member_id, period, through_id, made_at) values (?1, ?2, 0, ?3) "
                            + "on conflict do nothing")
                    .setParameter(1, memberId).setParameter(2, delivery.name()).setParameter(3, now).executeUpdate();
        }
    }

    private OffsetDateTime now() {
        return imports.now().atOffset(ZoneOffset.UTC);
    }
}
