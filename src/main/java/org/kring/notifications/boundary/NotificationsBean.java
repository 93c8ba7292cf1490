package org.kring.notifications.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kring.members.control.CurrentMember;
import org.kring.notifications.control.Notifications;
import org.kring.notifications.entity.Notification;
import org.kring.platform.faces.Pages;

/** The notifications page: mine, newest first, a page at a time; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    static final int PER_PAGE = 30;

    /** A notification as the page shows it. */
    public record Item(long id, String kind, String subject, String status, String excerpt, Instant createdAt, boolean read)
            implements Serializable {
        static Item of(Notification n) {
            return new Item(n.getId(), n.getKind(), n.getSubject(), n.getStatus(), n.getExcerpt(), n.getCreatedAt(),
                    n.getReadAt() != null);
        }
    }

    @Inject
    Notifications notifications;

    @Inject
    CurrentMember current;

    private final List<Item> items = new ArrayList<>();
    private Long nextBefore;
    private int unread;

    /** View action: the first page (the page asks visitors to log in). */
    public void load() {
        current.id().ifPresent(me -> {
            items.clear();
            nextBefore = null;
            unread = notifications.unread(me);
            append(notifications.of(me, null, PER_PAGE));
        });
    }

    public void loadMore() {
        append(notifications.of(current.requireId(), nextBefore, PER_PAGE));
    }

    private void append(Notifications.Page page) {
        page.items().forEach(n -> items.add(Item.of(n)));
        nextBefore = page.nextBefore();
    }

    /** Marks it read and goes where it points (always a path on this site). */
    public void open(long id) {
        Pages.redirect(notifications.markRead(current.requireId(), id));
    }

    public void readAll() {
        notifications.markAllRead(current.requireId());
        load();
    }

    public List<Item> getItems() {
        return items;
    }

    public boolean isMore() {
        return nextBefore != null;
    }

    public int getUnread() {
        return unread;
    }
}
