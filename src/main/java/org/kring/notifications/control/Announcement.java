package org.kring.notifications.control;

import org.kring.notifications.entity.Notification;

/**
 * An event to tell an audience about: what happened ({@code kind}) to what ({@code subject}, e.g. an idea's title),
 * the status it moved to (or null), an excerpt of what was said (plain text, or null) and a link on this site.
 */
public record Announcement(String audience, long targetId, Long actorId, Notification.Kind kind, String subject,
                           String status, String excerpt, String link) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_EXCERPT = 300;

    public Announcement {
        subject = cut(subject, MAX_SUBJECT);
        excerpt = excerpt == null ? null : cut(excerpt.replaceAll("\\s+", " ").strip(), MAX_EXCERPT);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
