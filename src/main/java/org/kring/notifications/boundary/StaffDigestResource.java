package org.kring.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.notifications.control.StaffDigests;

/** A staff member's subscription to the weekly internal digest (off until they subscribe). */
@Path("members/me/staff-digest")
@Produces(MediaType.APPLICATION_JSON)
public class StaffDigestResource {

    /** Whether the weekly internal digest comes. */
    public record Subscription(boolean subscribed) {
    }

    @Inject
    CurrentMember member;

    @Inject
    StaffDigests digests;

    @GET
    @Operation(summary = "Whether I get the weekly internal digest (moderators, analysts, admins)",
            description = "Rising themes, newly shared insights, the week's top ideas and ideas still without an answer, by "
                    + "e-mail once a week (when the week turns, Monday 00:00 UTC). Off until subscribed.")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Subscription.class), examples = @ExampleObject(name = "off", value = "{\"subscribed\": false}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not staff")
    public Subscription get() {
        return new Subscription(digests.subscribed(staff()));
    }

    @PUT
    @Operation(summary = "Subscribe to the weekly internal digest (moderators, analysts, admins); idempotent")
    @APIResponse(responseCode = "200", description = "Subscribed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Subscription.class), examples = @ExampleObject(name = "on", value = "{\"subscribed\": true}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not staff")
    public Subscription subscribe() {
        digests.subscribe(staff(), Instant.now());
        return new Subscription(true);
    }

    @DELETE
    @Operation(summary = "Stop the weekly internal digest (moderators, analysts, admins); idempotent")
    @APIResponse(responseCode = "200", description = "Unsubscribed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Subscription.class), examples = @ExampleObject(name = "off", value = "{\"subscribed\": false}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not staff")
    public Subscription unsubscribe() {
        digests.unsubscribe(staff());
        return new Subscription(false);
    }

    private long staff() {
        return member.requireRole(Role.MODERATOR, Role.ANALYST, Role.ADMIN);
    }
}
