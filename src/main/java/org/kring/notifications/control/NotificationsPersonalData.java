package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalData;
import org.kring.platform.privacy.PersonalRows;

/** What Kring told a member and how they want to be told: theirs alone, so it goes with the account (mails too). */
@ApplicationScoped
public class NotificationsPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        out.writeStartObject();
        out.writeKey("notifications");
        PersonalRows.write(em, out, "select kind, subject, status, excerpt, link, created_at, read_at from notification "
                + "where member_id = ?1 order by id", memberId, "kind", "subject", "status", "excerpt", "link", "createdAt", "readAt");
        out.writeKey("emails");
        PersonalRows.write(em, out, "select to_address, kind, subject, created_at, sent_at from mail_outbox "
                + "where member_id = ?1 order by id", memberId, "to", "kind", "subject", "createdAt", "sentAt");
        out.writeKey("preferences");
        PersonalRows.write(em, out, "select email, language, updated_at from notification_preference where member_id = ?1",
                memberId, "email", "language", "updatedAt");
        out.writeKey("emailChoices");
        PersonalRows.write(em, out, "select kind, delivery, updated_at from notification_choice where member_id = ?1 order by kind",
                memberId, "kind", "delivery", "updatedAt");
        // DAILY and WEEKLY digests, and STAFF: the internal digest a staff member subscribed to.
        out.writeKey("digests");
        PersonalRows.write(em, out, "select period, made_at from notification_digest where member_id = ?1 order by period",
                memberId, "period", "lastMadeAt");
        out.writeEnd();
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        for (String table : new String[] {"notification", "mail_outbox", "notification_preference", "notification_choice",
                "notification_digest", "mention"}) {
            PersonalRows.update(em, "delete from " + table + " where member_id = ?1", memberId, formerMemberId);
        }
    }
}
