package org.kring.channels.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.kring.channels.control.ChannelLinks;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;

/** Admins' short links per channel: {@code /c/{code}} leads into Kring and counts the visit under its channel. */
@Path("admin/channel-links")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelLinksResource {

    /** A new short link; target defaults to the home page. */
    public record Draft(String code, String channel, String target) {
    }

    public record LinkList(List<ChannelLinks.Link> links) {
    }

    static final String DRAFT_EXAMPLE = """
            {"code": "bon", "channel": "receipt-qr", "target": "/topic.xhtml?slug=verpakking"}""";
    static final String LINK_EXAMPLE = """
            {"id": 3, "code": "bon", "channel": "receipt-qr", "target": "/topic.xhtml?slug=verpakking",
             "createdAt": "2026-11-30T15:00:00Z"}""";
    static final String LIST_EXAMPLE = "{\"links\": [" + LINK_EXAMPLE + "]}";

    @Inject
    CurrentMember member;
    @Inject
    ChannelLinks links;

    @GET
    @Operation(summary = "The short links per channel (admins)", description = "Ordered by channel, then code.")
    @APIResponse(responseCode = "200", description = "Every short link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkList.class),
                    examples = @ExampleObject(name = "a receipt's QR code", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public LinkList list() {
        member.requireRole(Role.ADMIN);
        return new LinkList(links.all());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a short link for a channel (admins)",
            description = "code: 1–40 lower-case letters, digits, hyphens (the link is /c/{code}); channel: its name (lower-cased, "
                    + "at most 40 characters: newsletter, web-site, receipt-qr ...); target: a path on this site (default /). "
                    + "In the admin audit log.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Draft.class),
            examples = @ExampleObject(name = "a receipt's QR code", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Made", headers = @Header(name = "Location", description = "The short link"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelLinks.Link.class),
                    examples = @ExampleObject(name = "the link", value = LINK_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad code, channel or target, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The code is taken (field code)")
    public Response create(Draft draft, @Context UriInfo uri) {
        long admin = member.requireRole(Role.ADMIN);
        Draft d = draft != null ? draft : new Draft(null, null, null);
        ChannelLinks.Link link = links.create(d.code(), d.channel(), d.target(), admin);
        return Response.created(uri.getBaseUri().resolve("../../c/" + link.code())).entity(link).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a short link (admins)", description = "Its channel's counts stay. In the admin audit log.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such short link")
    public Response delete(@PathParam("id") long id) {
        long admin = member.requireRole(Role.ADMIN);
        links.delete(id, admin);
        return Response.noContent().build();
    }
}
