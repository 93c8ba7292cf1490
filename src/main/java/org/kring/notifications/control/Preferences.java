package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import org.kring.platform.imports.ImportContext;

/** A member's e-mail choice: immediately (the default, also without a row) or off; and the mails' language. */
@ApplicationScoped
public class Preferences {

    public static final String IMMEDIATE = "IMMEDIATE";
    public static final String OFF = "OFF";
    static final String DEFAULT_LANGUAGE = "nl";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    /** No more notification e-mails for this member (in-app notifications go on). Idempotent. */
    @Transactional
    public void stopEmails(long memberId) {
        int updated = em.createNativeQuery("update notification_preference set email = ?2, updated_at = ?3 where member_id = ?1")
                .setParameter(1, memberId).setParameter(2, OFF).setParameter(3, imports.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into notification_preference (member_id, email, language, updated_at) "
                            + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, memberId).setParameter(2, OFF).setParameter(3, DEFAULT_LANGUAGE)
                    .setParameter(4, imports.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        }
    }
}
