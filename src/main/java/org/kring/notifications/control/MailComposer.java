package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kring.notifications.entity.Notification;
import org.kring.notifications.entity.OutgoingMail;
import org.kring.notifications.entity.PreferenceKind;
import org.kring.platform.config.KringConfig;

/**
 * Writes a notification e-mail: HTML and plain text in the member's language (the pages' bundles), with the brand,
 * a link to the idea and a signed one-click unsubscribe link (RFC 8058: {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post}). Its Message-ID comes from the outbox row, so a receiver can tell a repeat.
 */
@ApplicationScoped
public class MailComposer {

    @Inject
    MailSettings settings;

    @Inject
    KringConfig config;

    @Inject
    UnsubscribeLinks unsubscribe;

    @Inject
    Notifications notifications;

    @Inject
    Instance<StaffDigestContent> staffDigest;

    @Inject
    AccountMails accountMails;

    public MimeMessage compose(Session session, OutgoingMail mail) throws MessagingException {
        if (AccountMails.isAccountMail(mail)) {
            return accountMails.compose(session, mail);
        }
        ResourceBundle bundle = ResourceBundle.getBundle("org.kring.web.messages", Locale.of(mail.getLanguage()));
        String site = settings.publicUrl();
        boolean staff = StaffDigests.KIND.equals(mail.getKind());
        List<Notification> digest = mail.isDigest() ? notifications.byIds(mail.getMemberId(), mail.getDigestIds()) : List.of();
        List<StaffDigestContent.Section> sections = staff && staffDigest.isResolvable()
                ? staffDigest.get().sections(Instant.now(), bundle) : List.of();
        String headline = staff ? bundle.getString("mail.staffDigest") : mail.isDigest()
                ? format(bundle, "mail.digest." + mail.getSubject(), digest.size())
                : headline(bundle, mail.getKind(), mail.getSubject(), mail.getStatus());
        String link = site + mail.getLink();
        // A mail of one kind stops that kind; a digest (of several) stops all mails. The staff digest, which a staff
        // member chose on the preferences page, is ended there (logged in), not by a link that anyone could forward.
        String query = staff ? null : unsubscribe.query(mail.getMemberId(), mail.isDigest() ? null : PreferenceKind.of(mail.getKind()));
        String unsubscribeUrl = site + "/api/v1/notifications/unsubscribe?" + query;
        String unsubscribePage = staff ? site + "/notification-preferences.xhtml" : site + "/unsubscribe.xhtml?" + query;
        String brand = config.brandName();

        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<kring-mail-" + mail.getId() + "@" + host(site) + ">");
            }
        };
        try {
            message.setFrom(new InternetAddress(settings.from(), brand, "UTF-8"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getToAddress(), mail.getToName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always there", e);
        }
        message.setSubject(headline, "UTF-8");
        if (!staff) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        String greeting = format(bundle, "mail.greeting", mail.getToName());
        // Kinds with a reason of their own (a moderation decision, a digest) say it; the rest were told as the idea's audience.
        String why = bundle.getString(bundle.containsKey("mail.why." + mail.getKind()) ? "mail.why." + mail.getKind() : "mail.why");
        String excerpt = mail.getExcerpt() == null ? "" : mail.getExcerpt();
        String text = greeting + "\n\n" + headline + "\n\n" + (excerpt.isEmpty() ? "" : excerpt + "\n\n") + digestText(bundle, site, digest)
                + sectionsText(site, sections)
                + format(bundle, "mail.read", brand) + ": " + link + "\n\n-- \n" + why + "\n"
                + bundle.getString("mail.unsubscribe") + ": " + unsubscribePage + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + mail.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + escape(headline) + "</title></head><body style=\"margin:0;font-family:system-ui,sans-serif;color:#1f2933\">"
                + "<div style=\"background:" + config.brandColor() + ";color:#fff;padding:12px 16px;font-weight:700\">" + escape(brand) + "</div>"
                + "<div style=\"padding:16px;max-width:600px\"><p>" + escape(greeting) + "</p><h1 style=\"font-size:20px\">"
                + escape(headline) + "</h1>" + digestHtml(bundle, site, digest) + sectionsHtml(site, sections) + (excerpt.isEmpty() ? "" : "<blockquote style=\"border-left:4px solid "
                + config.brandColor() + ";margin:0;padding:4px 12px\">" + escape(excerpt) + "</blockquote>")
                + "<p><a href=\"" + escape(link) + "\" style=\"color:" + config.brandColor() + "\">" + escape(format(bundle, "mail.read", brand))
                + "</a></p><hr><p style=\"font-size:13px;color:#52606d\">" + escape(why) + " <a href=\""
                + escape(unsubscribePage) + "\" style=\"color:#52606d\">" + escape(bundle.getString("mail.unsubscribe"))
                + "</a></p></div></body></html>";

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

    private static String headline(ResourceBundle bundle, String kind, String subject, String status) {
        return format(bundle, "notifications.kind." + kind, subject, status == null ? "" : bundle.getString("status." + status));
    }

    /** A digest's notifications as lines: what happened, where to read it, and the excerpt. */
    private static String digestText(ResourceBundle bundle, String site, List<Notification> items) {
        StringBuilder text = new StringBuilder();
        for (Notification n : items) {
            text.append("* ").append(headline(bundle, n.getKind(), n.getSubject(), n.getStatus())).append("\n  ")
                    .append(site).append(n.getLink()).append("\n").append(n.getExcerpt() == null ? "" : "  " + n.getExcerpt() + "\n");
        }
        return items.isEmpty() ? "" : text.append("\n").toString();
    }

    private static String digestHtml(ResourceBundle bundle, String site, List<Notification> items) {
        StringBuilder html = new StringBuilder();
        for (Notification n : items) {
            html.append("<li style=\"margin-bottom:12px\"><a href=\"").append(escape(site + n.getLink())).append("\">")
                    .append(escape(headline(bundle, n.getKind(), n.getSubject(), n.getStatus()))).append("</a>")
                    .append(n.getExcerpt() == null ? "" : "<br>" + escape(n.getExcerpt())).append("</li>");
        }
        return items.isEmpty() ? "" : "<ul style=\"padding-left:20px\">" + html + "</ul>";
    }

    /** The staff digest's sections as text: a heading, then a line and its link per item (or why there are none). */
    private static String sectionsText(String site, List<StaffDigestContent.Section> sections) {
        StringBuilder text = new StringBuilder();
        for (StaffDigestContent.Section section : sections) {
            text.append(section.heading()).append("\n");
            section.lines().forEach(l -> text.append("* ").append(l.text()).append("\n  ").append(site).append(l.link()).append("\n"));
            text.append(section.lines().isEmpty() ? section.empty() + "\n\n" : "\n");
        }
        return text.toString();
    }

    private static String sectionsHtml(String site, List<StaffDigestContent.Section> sections) {
        StringBuilder html = new StringBuilder();
        for (StaffDigestContent.Section section : sections) {
            html.append("<h2 style=\"font-size:16px\">").append(escape(section.heading())).append("</h2>");
            if (section.lines().isEmpty()) {
                html.append("<p>").append(escape(section.empty())).append("</p>");
                continue;
            }
            html.append("<ul style=\"padding-left:20px\">");
            section.lines().forEach(l -> html.append("<li style=\"margin-bottom:8px\"><a href=\"").append(escape(site + l.link()))
                    .append("\">").append(escape(l.text())).append("</a></li>"));
            html.append("</ul>");
        }
        return html.toString();
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    private static String host(String url) {
        return url.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
