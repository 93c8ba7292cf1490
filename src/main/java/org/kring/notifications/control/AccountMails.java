package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kring.members.control.AccountLinks;
import org.kring.members.control.AccountMail;
import org.kring.notifications.entity.OutgoingMail;
import org.kring.platform.config.KringConfig;

/**
 * Mails about a member's account (verify the address, someone signed up with it, unlock): the members feature fires
 * {@link AccountMail} and they go through the same durable outbox as notifications, queued in the transaction of the
 * change. They ignore notification preferences (a member cannot switch them off) and carry no unsubscribe link. The
 * one-time link is made when the mail is written, inside the outbox's send transaction: it exists only in the mail,
 * and a send that fails takes its link with it.
 */
@ApplicationScoped
public class AccountMails {

    static final String KIND_PREFIX = "ACCOUNT_";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailWorker mailer;

    @Inject
    AccountLinks links;

    @Inject
    MailSettings settings;

    @Inject
    KringConfig config;

    /** Queues the mail in the transaction of the change, in the member's chosen language, else the request's. */
    void queue(@Observes AccountMail mail) {
        Instant now = Instant.now();
        em.createNativeQuery("insert into mail_outbox (id, member_id, fanout_id, to_address, to_name, language, kind, subject, "
                        + "status, excerpt, link, attempts, next_attempt_at, created_at) "
                        + "select nextval('mail_outbox_seq'), m.id, null, m.email, m.display_name, coalesce(p.language, ?2), ?3, '', "
                        + "null, null, ?4, 0, ?5, ?5 from member m left join notification_preference p on p.member_id = m.id "
                        + "where m.id = ?1 and m.former = false")
                .setParameter(1, mail.memberId()).setParameter(2, mail.language()).setParameter(3, KIND_PREFIX + mail.kind().name())
                .setParameter(4, page(mail.kind())).setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        mailer.wakeAfterCommit();
    }

    static boolean isAccountMail(OutgoingMail mail) {
        return mail.getKind().startsWith(KIND_PREFIX);
    }

    /** Where the mail leads: the page that takes its link, or the login. */
    private static String page(AccountMail.Kind kind) {
        return switch (kind) {
            case VERIFY_EMAIL -> "/verify-email.xhtml";
            case SIGNUP_ATTEMPT -> "/login.xhtml";
            case UNLOCK -> "/unlock.xhtml";
        };
    }

    /** The mail, with a fresh one-time link for the kinds that carry one. */
    MimeMessage compose(Session session, OutgoingMail mail) throws MessagingException {
        AccountMail.Kind kind = AccountMail.Kind.valueOf(mail.getKind().substring(KIND_PREFIX.length()));
        ResourceBundle bundle = ResourceBundle.getBundle("org.kring.web.messages", Locale.of(mail.getLanguage()));
        String brand = config.brandName();
        String link = settings.publicUrl() + mail.getLink() + switch (kind) {
            case VERIFY_EMAIL -> "?token=" + links.issue(mail.getMemberId(), AccountLinks.Purpose.VERIFY_EMAIL);
            case UNLOCK -> "?token=" + links.issue(mail.getMemberId(), AccountLinks.Purpose.UNLOCK);
            case SIGNUP_ATTEMPT -> "";
        };
        String key = "mail.account." + kind.name();
        String subject = format(bundle, key + ".subject", brand);
        String greeting = format(bundle, "mail.greeting", mail.getToName());
        String body = format(bundle, key + ".text", brand);
        String action = format(bundle, key + ".action", brand);
        String ignore = bundle.getString(key + ".ignore");

        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<kring-mail-" + mail.getId() + "@" + settings.publicUrl().replaceFirst("^[a-z]+://", "")
                        .replaceFirst("[:/].*$", "") + ">");
            }
        };
        try {
            message.setFrom(new InternetAddress(settings.from(), brand, "UTF-8"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getToAddress(), mail.getToName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always there", e);
        }
        message.setSubject(subject, "UTF-8");
        String text = greeting + "\n\n" + body + "\n\n" + action + ": " + link + "\n\n-- \n" + ignore + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + mail.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + MailComposer.escape(subject) + "</title></head><body style=\"margin:0;font-family:system-ui,sans-serif;color:#1f2933\">"
                + "<div style=\"background:" + config.brandColor() + ";color:#fff;padding:12px 16px;font-weight:700\">"
                + MailComposer.escape(brand) + "</div><div style=\"padding:16px;max-width:600px\"><p>" + MailComposer.escape(greeting)
                + "</p><p>" + MailComposer.escape(body) + "</p><p><a href=\"" + MailComposer.escape(link) + "\" style=\"color:"
                + config.brandColor() + "\">" + MailComposer.escape(action) + "</a></p><hr><p style=\"font-size:13px;color:#52606d\">"
                + MailComposer.escape(ignore) + "</p></div></body></html>";
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(rich);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
