package org.kring.insights.boundary;

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
import org.kring.insights.control.PilotDraft;
import org.kring.insights.control.Pilots;
import org.kring.insights.entity.Pilot;
import org.kring.members.control.CurrentMember;

/** Pilots chosen from the value/effort matrix, for analysts and admins: start one, record its outcome, list them. */
@Path("insights/pilots")
@Produces(MediaType.APPLICATION_JSON)
public class PilotsResource {

    static final String PILOT_EXAMPLE = """
            {"id": 50, "itemType": "idea", "itemId": 118, "owner": {"id": 4, "displayName": "Anna Analist"},
             "startDate": "2026-12-01", "expectedReturn": "10% meer blikjes terug in Haarlem",
             "outcome": "14% meer blikjes terug", "learning": "Kleine winkels willen een eigen automaat", "done": true,
             "endedAt": "2027-02-01T12:00:00Z"}""";

    static final String START_EXAMPLE = """
            {"itemType": "idea", "itemId": 118, "startDate": "2026-12-01", "expectedReturn": "10% meer blikjes terug in Haarlem"}""";

    /** What a pilot brought. */
    public record Outcome(String outcome, String learning) {
    }

    @Inject
    CurrentMember member;

    @Inject
    Pilots pilots;

    @GET
    @Operation(summary = "Every pilot, newest first (analysts, admins)")
    @APIResponse(responseCode = "200", description = "The pilots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.PilotView[].class),
                    examples = @ExampleObject(name = "one done pilot", value = "[" + PILOT_EXAMPLE + "]")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    public List<MatrixView.PilotView> list() {
        InsightReaders.require(member);
        return pilots.all().stream().map(MatrixView.PilotView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a pilot of an item on the matrix; the caller owns it (analysts, admins)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PilotDraft.class),
            examples = @ExampleObject(name = "a pilot of an idea", value = START_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Started", headers = @Header(name = "Location", description = "The pilot's address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.PilotView.class),
                    examples = @ExampleObject(name = "a pilot", value = PILOT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "itemType, itemId, startDate or expectedReturn is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such idea or insight")
    @APIResponse(responseCode = "409", description = "The item is a pilot already")
    @APIResponse(responseCode = "422", description = "The item is not on the matrix (itemId)")
    public Response start(PilotDraft draft, @Context UriInfo uri) {
        Pilot pilot = pilots.start(draft, InsightReaders.require(member));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(pilot.getId())).build())
                .entity(MatrixView.PilotView.of(pilots.require(pilot.getId()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a pilot's outcome and what was learned (its owner or an admin); the idea's page shows it")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class),
            examples = @ExampleObject(name = "an outcome", value = "{\"outcome\": \"14% meer blikjes terug\", "
                    + "\"learning\": \"Kleine winkels willen een eigen automaat\"}")))
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.PilotView.class),
                    examples = @ExampleObject(name = "a done pilot", value = PILOT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "outcome or learning is empty or too long")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin, or not the pilot's owner")
    @APIResponse(responseCode = "404", description = "No such pilot")
    public MatrixView.PilotView end(@PathParam("id") long id, Outcome outcome) {
        Outcome given = outcome == null ? new Outcome(null, null) : outcome;
        pilots.end(id, given.outcome(), given.learning(), InsightReaders.require(member));
        return MatrixView.PilotView.of(pilots.require(id));
    }
}
