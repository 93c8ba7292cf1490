package org.kring.topics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.kring.topics.boundary.ChallengesResource.ChallengeView;
import org.kring.topics.control.ChallengeAdministration;
import org.kring.topics.control.Challenges;
import org.kring.topics.entity.Challenge;

/** Challenges for admins: create in a topic with a period, change, close early, publish the outcome. */
@Path("admin/challenges")
@Produces(MediaType.APPLICATION_JSON)
public class AdminChallengesResource {

    /** Every challenge, newest first. */
    public record ChallengeList(List<ChallengeView> challenges) {
    }

    static final String DRAFT_EXAMPLE = """
            {"topic": "verpakking", "slug": "minder-verpakking", "titleNl": "Minder verpakking", "titleEn": "Less packaging",
             "descriptionNl": "Hoe kan het met minder plastic en blik?", "descriptionEn": "How can we do with less plastic and tin?",
             "coverText": "Help ons van het plastic af.", "opensAt": "2026-12-01T08:00:00Z", "closesAt": "2027-01-31T23:00:00Z"}""";

    static final String CHALLENGE_EXAMPLE = """
            {"id": 50, "slug": "minder-verpakking", "topic": "verpakking", "titleNl": "Minder verpakking",
             "titleEn": "Less packaging", "descriptionNl": "Hoe kan het met minder plastic en blik?",
             "descriptionEn": "How can we do with less plastic and tin?", "opensAt": "2026-12-01T08:00:00Z",
             "closesAt": "2027-01-31T23:00:00Z", "open": false, "coverText": "Help ons van het plastic af.",
             "outcomeNl": null, "outcomeEn": null, "outcomeAt": null}""";

    static final String OUTCOME_EXAMPLE = """
            {"outcomeNl": "Vanaf maart liggen er navulbare bakjes bij de kaas.", "outcomeEn": "From March, refillable tubs are at the cheese counter."}""";

    static final String CLOSED_EXAMPLE = """
            {"id": 50, "slug": "minder-verpakking", "topic": "verpakking", "titleNl": "Minder verpakking",
             "titleEn": "Less packaging", "descriptionNl": "Hoe kan het met minder plastic en blik?",
             "descriptionEn": "How can we do with less plastic and tin?", "opensAt": "2026-12-01T08:00:00Z",
             "closesAt": "2027-01-10T12:00:00Z", "open": false, "coverText": "Help ons van het plastic af.",
             "outcomeNl": "Vanaf maart liggen er navulbare bakjes bij de kaas.",
             "outcomeEn": "From March, refillable tubs are at the cheese counter.", "outcomeAt": "2027-02-01T09:00:00Z"}""";

    private static final String BAD_FIELD = "A field is not valid, by field (topic: a topic that is not archived, fixed after "
            + "creation; slug: 2–80 characters, lower-case words joined by hyphens, fixed after creation; titleNl, titleEn: "
            + "1–200 characters, both required; descriptionNl, descriptionEn: at most 2,000; coverText: at most 400; "
            + "opensAt, closesAt: ISO-8601 instants, closesAt after opensAt)";

    @Inject
    CurrentMember member;

    @Inject
    Challenges challenges;

    @Inject
    ChallengeAdministration administration;

    @GET
    @Operation(summary = "Every challenge, newest first (admins)")
    @APIResponse(responseCode = "200", description = "The challenges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeList.class),
                    examples = @ExampleObject(name = "one challenge", value = "{\"challenges\": [" + CHALLENGE_EXAMPLE + "]}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ChallengeList list() {
        member.requireRole(Role.ADMIN);
        return new ChallengeList(challenges.list(null).stream().map(ChallengeView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a challenge in a topic (admins)",
            description = "It takes ideas from opensAt up to closesAt. Titles are required in Dutch and English.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeAdministration.Draft.class),
            examples = @ExampleObject(name = "a two-month challenge", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The challenge's admin address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeView.class),
                    examples = @ExampleObject(name = "the created challenge", value = CHALLENGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_FIELD)
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The slug is taken (field slug)")
    public Response create(ChallengeAdministration.Draft draft, @Context UriInfo uri) {
        long admin = member.requireRole(Role.ADMIN);
        Challenge challenge = administration.create(orEmpty(draft), admin);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(challenge.getId())).build())
                .entity(ChallengeView.of(challenge)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a challenge's texts and period (admins)",
            description = "Replaces titles, descriptions, cover text and period. Topic and slug cannot change: leave them "
                    + "out or send the same.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeAdministration.Draft.class),
            examples = @ExampleObject(name = "a longer period", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeView.class),
                    examples = @ExampleObject(name = "the changed challenge", value = CHALLENGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_FIELD)
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such challenge")
    public ChallengeView update(@PathParam("id") long id, ChallengeAdministration.Draft draft) {
        long admin = member.requireRole(Role.ADMIN);
        return ChallengeView.of(administration.update(id, orEmpty(draft), admin));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a challenge now (admins)",
            description = "It stops taking ideas at once (one that had not opened never opens); a closed one stays as it is.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeView.class),
                    examples = @ExampleObject(name = "closed early", value = CLOSED_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such challenge")
    public ChallengeView close(@PathParam("id") long id) {
        long admin = member.requireRole(Role.ADMIN);
        return ChallengeView.of(administration.close(id, admin));
    }

    @PUT
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish (or correct) a challenge's outcome (admins)",
            description = "What the company did with the ideas, in Dutch and English (1–4,000 characters each); shown on the "
                    + "challenge's board and in GET /api/v1/challenges/{slug}.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeAdministration.Outcome.class),
            examples = @ExampleObject(name = "an outcome", value = OUTCOME_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeView.class),
                    examples = @ExampleObject(name = "with its outcome", value = CLOSED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "outcomeNl or outcomeEn is empty or too long")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such challenge")
    public ChallengeView outcome(@PathParam("id") long id, ChallengeAdministration.Outcome outcome) {
        long admin = member.requireRole(Role.ADMIN);
        return ChallengeView.of(administration.publishOutcome(id,
                outcome != null ? outcome : new ChallengeAdministration.Outcome(null, null), admin));
    }

    private static ChallengeAdministration.Draft orEmpty(ChallengeAdministration.Draft draft) {
        return draft != null ? draft : new ChallengeAdministration.Draft(null, null, null, null, null, null, null, null, null);
    }
}
