package org.kring.topics.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.Serializable;
import java.time.Instant;
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
import org.kring.topics.control.TopicAdministration;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/** Topics for admins: every topic (archived ones too), create, change names and place, archive, delete while empty. */
@Path("admin/topics")
@Produces(MediaType.APPLICATION_JSON)
public class AdminTopicsResource {

    /** A topic as admins see it: with its place in the order and when it was archived (null: listed). */
    @JsonbNillable
    public record AdminTopicView(long id, String slug, String nameNl, String nameEn, String descriptionNl, String descriptionEn,
                                 int position, Instant archivedAt) implements Serializable {
        public static AdminTopicView of(Topic t) {
            return new AdminTopicView(t.getId(), t.getSlug(), t.getNameNl(), t.getNameEn(), t.getDescriptionNl(),
                    t.getDescriptionEn(), t.getPosition(), t.getArchivedAt());
        }
    }

    /** Every topic in display order. */
    public record AdminTopicList(List<AdminTopicView> topics) {
    }

    static final String TOPIC_EXAMPLE = """
            {"id": 3, "slug": "duurzaamheid", "nameNl": "Duurzaamheid", "nameEn": "Sustainability",
             "descriptionNl": "Minder afval, statiegeld en groenere winkels.", "descriptionEn": "Less waste, deposits and greener shops.",
             "position": 2, "archivedAt": null}""";

    static final String LIST_EXAMPLE = "{\"topics\": [" + TOPIC_EXAMPLE + """
            , {"id": 9, "slug": "kerst-2025", "nameNl": "Kerst 2025", "nameEn": "Christmas 2025", "descriptionNl": "",
             "descriptionEn": "", "position": 7, "archivedAt": "2026-01-15T09:00:00Z"}]}""";

    static final String DRAFT_EXAMPLE = """
            {"slug": "winkel-en-service", "nameNl": "Winkel en service", "nameEn": "Shops and service",
             "descriptionNl": "Openingstijden, kassa's en hulp in de winkel.", "descriptionEn": "Opening hours, tills and help in the shop.",
             "position": 1}""";

    private static final String BAD_FIELD = "A field is not valid, by field (slug: 2–60 characters, lower-case words joined by "
            + "hyphens, and fixed after creation; nameNl, nameEn: 1–80 characters, both required; descriptionNl, descriptionEn: "
            + "at most 400; position: 1 or more)";

    @Inject
    CurrentMember member;

    @Inject
    Topics topics;

    @Inject
    TopicAdministration administration;

    @GET
    @Operation(summary = "Every topic, archived ones too, in display order (admins)")
    @APIResponse(responseCode = "200", description = "The topics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminTopicList.class),
                    examples = @ExampleObject(name = "a listed and an archived topic", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public AdminTopicList list() {
        member.requireRole(Role.ADMIN);
        return new AdminTopicList(topics.all().stream().map(AdminTopicView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a topic (admins)",
            description = "Names are required in Dutch and English (no fallback from one to the other). position puts it at "
                    + "that place (1 = first; the others move along); without it the topic goes last.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicAdministration.Draft.class),
            examples = @ExampleObject(name = "a new first topic", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The topic's admin address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminTopicView.class),
                    examples = @ExampleObject(name = "the created topic", value = TOPIC_EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_FIELD)
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The slug is taken (field slug)")
    public Response create(TopicAdministration.Draft draft, @Context UriInfo uri) {
        long admin = member.requireRole(Role.ADMIN);
        Topic topic = administration.create(orEmpty(draft), admin);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(topic.getId())).build())
                .entity(AdminTopicView.of(topic)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a topic's names, descriptions and place (admins)",
            description = "Replaces names and descriptions; position moves it (1 = first), without it the topic keeps its "
                    + "place. The slug cannot change: leave it out or send the same one.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicAdministration.Draft.class),
            examples = @ExampleObject(name = "renamed and moved to the top", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminTopicView.class),
                    examples = @ExampleObject(name = "the changed topic", value = TOPIC_EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_FIELD)
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such topic")
    public AdminTopicView update(@PathParam("id") long id, TopicAdministration.Draft draft) {
        long admin = member.requireRole(Role.ADMIN);
        return AdminTopicView.of(administration.update(id, orEmpty(draft), admin));
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive a topic (admins)",
            description = "It leaves the boards, the topic list and the choices for new ideas and threads; its ideas and "
                    + "threads stay readable. Archiving an archived topic changes nothing.")
    @APIResponse(responseCode = "200", description = "Archived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminTopicView.class),
                    examples = @ExampleObject(name = "archived", value = TOPIC_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such topic")
    public AdminTopicView archive(@PathParam("id") long id) {
        long admin = member.requireRole(Role.ADMIN);
        return AdminTopicView.of(administration.archive(id, true, admin));
    }

    @POST
    @Path("{id}/unarchive")
    @Operation(summary = "List an archived topic again (admins)")
    @APIResponse(responseCode = "200", description = "Listed again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminTopicView.class),
                    examples = @ExampleObject(name = "listed", value = TOPIC_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such topic")
    public AdminTopicView unarchive(@PathParam("id") long id) {
        long admin = member.requireRole(Role.ADMIN);
        return AdminTopicView.of(administration.archive(id, false, admin));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a topic that holds nothing (admins)",
            description = "Only a topic without ideas, threads or challenges (and without a moderation threshold of its own): "
                    + "archive any other.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "The topic holds ideas, threads or challenges")
    public Response delete(@PathParam("id") long id) {
        long admin = member.requireRole(Role.ADMIN);
        administration.delete(id, admin);
        return Response.noContent().build();
    }

    /** A request without a body is refused field by field, like an empty one. */
    private static TopicAdministration.Draft orEmpty(TopicAdministration.Draft draft) {
        return draft != null ? draft : new TopicAdministration.Draft(null, null, null, null, null, null);
    }
}
