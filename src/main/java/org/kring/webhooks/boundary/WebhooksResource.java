package org.kring.webhooks.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.KeysetPaged;
import org.kring.webhooks.control.Webhooks;
import org.kring.webhooks.entity.WebhookDelivery;

/** Webhooks for admins: configure hooks, read each hook's delivery log, redeliver by hand. */
@Path("admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    static final String DRAFT_EXAMPLE = """
            {"url": "https://hooks.example.com/kring", "events": ["idea.posted", "idea.voted_over_threshold", "content.hidden"],
             "voteThreshold": 50, "enabled": true}""";

    static final String CREATED_EXAMPLE = """
            {"id": 50, "url": "https://hooks.example.com/kring", "events": ["idea.posted", "idea.voted_over_threshold",
             "content.hidden"], "voteThreshold": 50, "enabled": true, "consecutiveFailures": 0, "disabledReason": null,
             "secret": "whsec_5n0Jg3n1V0b7c1Qe8yYtq3kQ2m9xW4pR1sT6uV8wX0A", "createdAt": "2026-11-30T09:00:00Z",
             "updatedAt": "2026-11-30T09:00:00Z"}""";

    static final String HOOK_EXAMPLE = """
            {"id": 50, "url": "https://hooks.example.com/kring", "events": ["idea.posted"], "voteThreshold": null,
             "enabled": false, "consecutiveFailures": 20, "disabledReason": "Switched off after 20 failed attempts in a row; the last: HTTP 503",
             "secret": null, "createdAt": "2026-11-30T09:00:00Z", "updatedAt": "2026-11-30T11:00:00Z"}""";

    static final String LIST_EXAMPLE = "{\"webhooks\": [" + HOOK_EXAMPLE + "]}";

    static final String UPDATE_EXAMPLE = """
            {"url": "https://hooks.example.com/kring", "events": ["idea.posted"], "enabled": true, "rotateSecret": true}""";

    static final String DELIVERY_EXAMPLE = """
            {"id": 812, "webhookId": 50, "eventId": 4711, "event": "idea.posted", "state": "DELIVERED", "attempts": 2,
             "nextAttemptAt": null, "lastStatus": 200, "lastResponseMillis": 84, "lastError": null, "redeliveryOf": null,
             "createdAt": "2026-11-30T09:01:00Z", "deliveredAt": "2026-11-30T09:01:31Z",
             "body": "{\\"id\\":4711,\\"event\\":\\"idea.posted\\",\\"occurredAt\\":\\"2026-11-30T09:01:00Z\\",\\"data\\":{\\"ideaId\\":118,\\"title\\":\\"Statiegeld op blikjes\\",\\"url\\":\\"https://kring.example.com/idea.xhtml?id=118\\",\\"topic\\":\\"verpakking\\",\\"language\\":\\"nl\\"}}",
             "log": [{"at": "2026-11-30T09:01:00Z", "status": 503, "responseMillis": 12, "error": "HTTP 503"},
                     {"at": "2026-11-30T09:01:30Z", "status": 200, "responseMillis": 84, "error": null}]}""";

    static final String PAGE_EXAMPLE = "{\"deliveries\": [" + DELIVERY_EXAMPLE + "], \"nextBefore\": 812}";

    private static final String BAD_FIELD = "A field is not valid, by field (url, events, events[i], voteThreshold)";

    @Inject
    CurrentMember member;

    @Inject
    Webhooks webhooks;

    @GET
    @Operation(summary = "Every webhook (admins)", description = "Secrets are never listed: they are shown once, when created or rotated.")
    @APIResponse(responseCode = "200", description = "The hooks, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.HookList.class),
                    examples = @ExampleObject(name = "one hook, switched off after failures", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public WebhookViews.HookList list() {
        member.requireRole(Role.ADMIN);
        return new WebhookViews.HookList(webhooks.list().stream().map(h -> WebhookViews.HookView.of(h, null)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a webhook (admins); the answer shows its signing secret, once",
            description = "url: https:// outside private, loopback and reserved ranges (KRING_WEBHOOKS_ALLOW_PRIVATE lifts that for "
                    + "tests). events: any of idea.posted, idea.voted_over_threshold (needs voteThreshold, 2–1,000,000), "
                    + "idea.status_changed, idea.answered, content.flagged, content.hidden. enabled: default true. Each event is "
                    + "POSTed as {id, event, occurredAt, data} with the headers Kring-Event, Kring-Delivery and Kring-Signature "
                    + "(t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" keyed with the secret>).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.Draft.class),
            examples = @ExampleObject(name = "ideas and hidden content", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; secret holds the signing secret (not shown again)",
            headers = @Header(name = "Location", description = "The hook's address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.HookView.class),
                    examples = @ExampleObject(name = "a new hook with its secret", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_FIELD)
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response create(Webhooks.Draft draft, @Context UriInfo uri) {
        member.requireRole(Role.ADMIN);
        Webhooks.Saved saved = webhooks.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.hook().getId())).build())
                .entity(WebhookViews.HookView.of(saved.hook(), saved.newSecret())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook (admins), without its secret")
    @APIResponse(responseCode = "200", description = "The hook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.HookView.class),
                    examples = @ExampleObject(name = "switched off after failures", value = HOOK_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public WebhookViews.HookView get(@PathParam("id") long id) {
        member.requireRole(Role.ADMIN);
        return WebhookViews.HookView.of(webhooks.require(id), null);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook (admins): URL, events, threshold, on/off, a new secret",
            description = "Replaces url, events and voteThreshold; a missing enabled keeps the hook as it is; switching it on "
                    + "starts its failure count afresh and sends what waited. rotateSecret true makes a new secret, shown in "
                    + "this answer only; the old one stops signing at once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.Draft.class),
            examples = @ExampleObject(name = "switch on with a new secret", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed; secret is set only when rotated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.HookView.class),
                    examples = @ExampleObject(name = "a rotated secret", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_FIELD)
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public WebhookViews.HookView update(@PathParam("id") long id, Webhooks.Draft draft) {
        member.requireRole(Role.ADMIN);
        Webhooks.Saved saved = webhooks.update(id, draft);
        return WebhookViews.HookView.of(saved.hook(), saved.newSecret());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a webhook with its delivery log (admins); what still waited is not sent")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public Response delete(@PathParam("id") long id) {
        member.requireRole(Role.ADMIN);
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A webhook's delivery log, newest first (admins)",
            description = "Each delivery with its state (PENDING, DELIVERED, GAVE_UP after 24 hours of failures), the body sent "
                    + "and every attempt with its status code and response time. Pages through nextBefore (keyset on the id).")
    @APIResponse(responseCode = "200", description = "A page of deliveries; empty when there are none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.DeliveryPage.class),
                    examples = @ExampleObject(name = "delivered at the second attempt", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit is not between 1 and 100")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such webhook")
    @KeysetPaged("before")
    public WebhookViews.DeliveryPage deliveries(@PathParam("id") long id, @QueryParam("before") Long before,
                                                @QueryParam("limit") @DefaultValue("20") int limit) {
        member.requireRole(Role.ADMIN);
        return WebhookViews.DeliveryPage.of(webhooks.deliveries(id, before, limit));
    }

    @POST
    @Path("deliveries/{id}/redeliver")
    @Operation(summary = "Send a delivery's event again (admins)",
            description = "Queues a new delivery with the same event id and body and a new Kring-Delivery id, due at once.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.DeliveryView.class),
                    examples = @ExampleObject(name = "queued again", value = DELIVERY_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "The hook is switched off (enabled)")
    public Response redeliver(@PathParam("id") long id) {
        member.requireRole(Role.ADMIN);
        WebhookDelivery queued = webhooks.redeliver(id);
        return Response.accepted(WebhookViews.DeliveryView.of(queued, List.of())).build();
    }
}
