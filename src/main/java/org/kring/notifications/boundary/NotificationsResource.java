package org.kring.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.notifications.control.Notifications;
import org.kring.notifications.control.UnsubscribeLinks;
import org.kring.notifications.entity.Notification;
import org.kring.notifications.entity.PreferenceKind;
import org.kring.platform.problems.KeysetPaged;

/** My notifications: the list, the unread count, marking as read. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    /** A notification as it was when it happened; {@code link} is a path on this site. */
    @JsonbNillable
    public record NotificationView(long id, String kind, String subject, String status, String excerpt, String link,
                                   Instant createdAt, boolean read) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getSubject(), n.getStatus(), n.getExcerpt(), n.getLink(),
                    n.getCreatedAt(), n.getReadAt() != null);
        }
    }

    /** A page of notifications, newest first; pass {@code nextBefore} as {@code before} for the next (null: no more). */
    @JsonbNillable
    public record NotificationPage(List<NotificationView> items, int unread, Long nextBefore) {
    }

    /** A member's e-mail choice after an unsubscribe: no more e-mails of this kind (null: of any kind). */
    @JsonbNillable
    public record Unsubscribed(long memberId, String kind, boolean emails) {
    }

    /** Unread notifications, counted up to 100 (the bell shows 99+). */
    public record Unread(int unread) {
    }

    static final String EXAMPLE = """
            {"items": [{"id": 812, "kind": "STATUS_CHANGED", "subject": "Statiegeld op kleine flesjes", "status": "PLANNED",
                        "excerpt": "We testen dit in maart.", "link": "/idea.xhtml?id=612",
                        "createdAt": "2026-11-30T09:12:00Z", "read": false}],
             "unread": 1, "nextBefore": null}""";

    @Inject
    Notifications notifications;

    @Inject
    CurrentMember current;

    @Inject
    UnsubscribeLinks links;

    @GET
    @Operation(summary = "My notifications, newest first (a status change or official answer on an idea I posted, voted on or follow)")
    @APIResponse(responseCode = "200", description = "A page of notifications and the unread count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class),
                    examples = @ExampleObject(name = "one unread", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit outside 1–100")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @KeysetPaged("before")
    public NotificationPage list(@QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("20") int limit) {
        long me = current.requireId();
        Notifications.Page page = notifications.of(me, before, limit);
        return new NotificationPage(page.items().stream().map(NotificationView::of).toList(), notifications.unread(me),
                page.nextBefore());
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of my notifications are unread (counted up to 100)")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Unread.class), examples = @ExampleObject(name = "three", value = "{\"unread\": 3}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    public Unread unread() {
        return new Unread(notifications.unread(current.requireId()));
    }

    @PUT
    @Path("{id}/read")
    @Operation(summary = "Mark one of my notifications as read (idempotent)")
    @APIResponse(responseCode = "200", description = "Read; the unread count now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Unread.class), examples = @ExampleObject(name = "none left", value = "{\"unread\": 0}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "404", description = "Not one of my notifications")
    public Unread read(@PathParam("id") long id) {
        long me = current.requireId();
        notifications.markRead(me, id);
        return new Unread(notifications.unread(me));
    }

    @POST
    @Path("unsubscribe")
    @Operation(summary = "One-click unsubscribe from notification e-mails (RFC 8058), without logging in",
            description = "The link in each mail's List-Unsubscribe header: the member id and the mail's kind (RESPONSES, "
                    + "REPLIES, MENTIONS, MODERATION; none in a digest's link: all mails) signed by Kring. It sets that kind's "
                    + "e-mail preference to OFF. Mail clients POST it with the body List-Unsubscribe=One-Click; any body is "
                    + "accepted. In-app notifications go on.")
    @APIResponse(responseCode = "200", description = "No more e-mails for this member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Unsubscribed.class),
                    examples = @ExampleObject(name = "done", value = "{\"memberId\": 4120, \"kind\": \"REPLIES\", \"emails\": false}")))
    @APIResponse(responseCode = "403", description = "The signature does not match the member (a changed link)")
    public Unsubscribed unsubscribe(@QueryParam("member") long memberId, @QueryParam("kind") String kind,
                                    @QueryParam("sig") String signature) {
        PreferenceKind stopped = links.unsubscribe(memberId, kind, signature);
        return new Unsubscribed(memberId, stopped == null ? null : stopped.name(), false);
    }

    @PUT
    @Path("read")
    @Operation(summary = "Mark all my notifications as read")
    @APIResponse(responseCode = "200", description = "All read", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Unread.class), examples = @ExampleObject(name = "none left", value = "{\"unread\": 0}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    public Unread readAll() {
        long me = current.requireId();
        notifications.markAllRead(me);
        return new Unread(notifications.unread(me));
    }
}
