package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.Matrix;
import org.kring.insights.control.PlacementDraft;
import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;

/** The value/effort matrix of ideas and saved insights, for analysts and admins. */
@Path("insights/matrix")
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {

    static final String MATRIX_EXAMPLE = """
            {"items": [{"itemType": "idea", "itemId": 118, "title": "Statiegeld op blikjes ook in de winkel inleveren",
              "link": "/idea.xhtml?id=118", "valueMode": "RICE", "manualValue": null, "impact": 2.0, "confidence": 80,
              "reach": 147, "reachVoters": 131, "reachFollowers": 16,
              "reachExplanation": "147 members: 131 voted, 16 follow without voting", "rice": 235.2, "value": 10.0,
              "effort": 3.0, "effortNote": "Kassasoftware aanpassen",
              "quadrant": "QUICK_WIN", "pilot": {"id": 50, "itemType": "idea", "itemId": 118,
              "owner": {"id": 4, "displayName": "Anna Analist"}, "startDate": "2026-12-01",
              "expectedReturn": "10% meer blikjes terug in Haarlem", "outcome": null, "learning": null, "done": false, "endedAt": null}}],
             "valueMidpoint": 5.0, "effortMidpoint": 3.0}""";

    static final String PLACEMENT_EXAMPLE = """
            {"valueMode": "RICE", "impact": 2, "confidence": 80, "effort": 3, "effortNote": "Kassasoftware aanpassen"}""";

    static final String ITEM_EXAMPLE = """
            {"itemType": "idea", "itemId": 118, "title": "Statiegeld op blikjes ook in de winkel inleveren",
             "link": "/idea.xhtml?id=118", "valueMode": "MANUAL", "manualValue": 8, "impact": null, "confidence": null,
             "reach": 147, "reachVoters": 131, "reachFollowers": 16,
             "reachExplanation": "147 members: 131 voted, 16 follow without voting", "rice": 0.0, "value": 8.0, "effort": 2.0,
             "effortNote": null, "quadrant": "QUICK_WIN", "pilot": null}""";

    @Inject
    CurrentMember member;

    @Inject
    Matrix matrix;

    @GET
    @Operation(summary = "The value/effort matrix: every idea and insight on it with value, effort, quadrant and pilot (analysts, admins)",
            description = "Value 0–10: a manual score, or RICE (reach = the distinct members who voted for or follow the idea, "
                    + "or an insight's ideas, each counted once, explained in reachExplanation; × impact × confidence) relative "
                    + "to the highest RICE value on the matrix. The value axis splits at 5, the effort axis at "
                    + "the median effort. Quadrants: QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT.")
    @APIResponse(responseCode = "200", description = "The matrix; empty when nothing is on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.class),
                    examples = @ExampleObject(name = "one idea in pilot", value = MATRIX_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    public MatrixView get() {
        return MatrixView.of(matrix.matrix(InsightReaders.require(member)));
    }

    @PUT
    @Path("{itemType}/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an idea or a saved insight on the matrix, or move it (analysts, admins)",
            description = "itemType idea or insight. valueMode MANUAL with manualValue 0–10, or RICE with impact (0.25, 0.5, 1, 2, 3) "
                    + "and confidence (0–100); effort in person-weeks (more than 0, at most 1000) with an optional note.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementDraft.class),
            examples = @ExampleObject(name = "by RICE", value = PLACEMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The item where it stands now on the matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.Item.class),
                    examples = @ExampleObject(name = "a manual score", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A score is missing or out of range, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such idea (or hidden) or insight")
    public MatrixView.Item place(@PathParam("itemType") String itemType, @PathParam("itemId") long itemId, PlacementDraft draft) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        matrix.place(itemType, itemId, draft, reader);
        return MatrixView.item(matrix.matrix(reader).items().stream()
                .filter(i -> i.placement().getItemType().equals(itemType) && i.placement().getItemId() == itemId).findFirst().orElseThrow());
    }

    @DELETE
    @Path("{itemType}/{itemId}")
    @Operation(summary = "Take an item off the matrix, with its pilot (analysts, admins)")
    @APIResponse(responseCode = "204", description = "Taken off")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such item, or not on the matrix")
    public Response remove(@PathParam("itemType") String itemType, @PathParam("itemId") long itemId) {
        matrix.remove(itemType, itemId, InsightReaders.require(member));
        return Response.noContent().build();
    }
}
