package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.Collection;
import org.kring.notifications.entity.Notification;
import org.kring.platform.imports.ImportContext;

/**
 * Telling members that a contribution names them ({@code @Name}): once per contribution and member, however often it
 * is edited (the {@code mention} table remembers who was told), never the writer themselves. Whether the member is
 * told at all is decided when the notification is written (see {@link MentionAudience}).
 */
@ApplicationScoped
public class MentionNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    ImportContext imports;

    /**
     * In the caller's transaction, so the mention is told exactly when the contribution commits. Imported content
     * (the demo's history) tells nobody: it was written long ago.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mentioned(String type, long contributionId, Collection<Long> memberIds, long writerId, String subject,
                          String excerpt, String link) {
        if (imports.importing()) {
            return;
        }
        for (long member : memberIds) {
            if (member == writerId) {
                continue;
            }
            int fresh = em.createNativeQuery("insert into mention (id, contribution_type, contribution_id, member_id, created_at) "
                            + "values (nextval('mention_seq'), ?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, type).setParameter(2, contributionId).setParameter(3, member)
                    .setParameter(4, imports.now().atOffset(ZoneOffset.UTC)).executeUpdate();
            if (fresh == 1) {
                long mention = ((Number) em.createNativeQuery("select id from mention where contribution_type = ?1 "
                                + "and contribution_id = ?2 and member_id = ?3")
                        .setParameter(1, type).setParameter(2, contributionId).setParameter(3, member).getSingleResult()).longValue();
                notifications.announce(new Announcement(MentionAudience.NAME, mention, writerId, Notification.Kind.MENTIONED,
                        subject, null, excerpt, link));
            }
        }
    }
}
