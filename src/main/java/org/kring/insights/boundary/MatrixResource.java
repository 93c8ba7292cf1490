package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
              "reachBasis": "SEGMENTS", "reach": 212, "reachVoters": 190, "reachContributors": 15, "reachFollowers": 7,
              "segments": {"regions": {"reached": 7, "of": 12, "values": ["Drenthe", "Flevoland", "Gelderland", "Noord-Holland",
                "Overijssel", "Utrecht", "Zuid-Holland"]},
                "ageBands": {"reached": 4, "of": 6, "values": ["25-34", "35-44", "45-54", "55-64"]},
                "customerTypes": {"reached": 2, "of": 2, "values": ["business", "consumer"]}},
              "segmentBreadth": 0.75, "segmentReach": 159,
              "reachExplanation": "212 members: 190 voted, 15 reacted without voting, 7 only follow; 7 of 12 regions, 4 of 6 age bands, 2 of 2 customer types",
              "rice": 254.4, "value": 10.0, "effort": 3.0, "effortNote": "Kassasoftware aanpassen",
              "quadrant": "QUICK_WIN", "pilot": {"id": 50, "itemType": "idea", "itemId": 118,
              "owner": {"id": 4, "displayName": "Anna Analist"}, "startDate": "2026-12-01",
              "expectedReturn": "10% meer blikjes terug in Haarlem", "outcome": null, "learning": null, "done": false, "endedAt": null}}],
             "valueMidpoint": 5.0, "effortMidpoint": 3.0, "total": 640, "nextCursor": "118050"}""";

    static final String PLACEMENT_EXAMPLE = """
            {"valueMode": "RICE", "impact": 2, "confidence": 80, "reachBasis": "SEGMENTS", "effort": 3,
             "effortNote": "Kassasoftware aanpassen"}""";

    static final String ITEM_EXAMPLE = """
            {"itemType": "idea", "itemId": 118, "title": "Statiegeld op blikjes ook in de winkel inleveren",
             "link": "/idea.xhtml?id=118", "valueMode": "MANUAL", "manualValue": 8, "impact": null, "confidence": null,
             "reachBasis": "MEMBERS", "reach": 3, "reachVoters": 2, "reachContributors": 1, "reachFollowers": 0,
             "segments": {"regions": {"reached": 2, "of": 12, "values": ["Utrecht", "Zuid-Holland"]},
               "ageBands": {"reached": 1, "of": 6, "values": ["35-44"]}, "customerTypes": {"reached": 1, "of": 2, "values": ["consumer"]}},
             "segmentBreadth": 0.28, "segmentReach": 1,
             "reachExplanation": "3 members: 2 voted, 1 reacted without voting, 0 only follow; 2 of 12 regions, 1 of 6 age bands, 1 of 2 customer types",
             "rice": 0.0, "value": 8.0, "effort": 2.0, "effortNote": null, "quadrant": "QUICK_WIN", "pilot": null}""";

    @Inject
    CurrentMember member;

    @Inject
    Matrix matrix;

    @GET
    @Operation(summary = "The value/effort matrix, a page at a time: the ideas and insights on it with value, effort, quadrant "
            + "and pilot (analysts, admins)",
            description = "Value 0–10: a manual score, or RICE (reach × impact × confidence) relative to the highest RICE value "
                    + "on the matrix. Reach is the distinct members who voted for, reacted on or follow the idea, or an "
                    + "insight's ideas, each counted once; with reachBasis SEGMENTS it is weighted by segmentBreadth, the mean "
                    + "share of the community's regions, age bands and customer types among those members (segments lists "
                    + "them; reachExplanation says it in words). The value axis splits at 5, the effort axis at the median "
                    + "effort, both of the whole matrix. Quadrants: QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT. Items in the "
                    + "order they were placed; total counts them all; nextCursor (null on the last page) fetches the next page.")
    @APIResponse(responseCode = "200", description = "A page of the matrix; empty when nothing is on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.class),
                    examples = @ExampleObject(name = "one idea in pilot", value = MATRIX_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit is not 1 to 500, or cursor is not a cursor of the matrix, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    public MatrixView get(@Parameter(description = "nextCursor of the page before; none for the first page") @QueryParam("cursor") String cursor,
                          @Parameter(description = "items per page, 1 to 500") @QueryParam("limit") @DefaultValue("500") int limit) {
        return MatrixView.of(matrix.page(InsightReaders.require(member), cursor, limit));
    }

    @PUT
    @Path("{itemType}/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an idea or a saved insight on the matrix, or move it (analysts, admins)",
            description = "itemType idea or insight. valueMode MANUAL with manualValue 0–10, or RICE with impact (0.25, 0.5, 1, 2, 3), "
                    + "confidence (0–100) and reachBasis (MEMBERS, the default, or SEGMENTS); effort in person-weeks (more than 0, at most 1000) with an optional note.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementDraft.class),
            examples = @ExampleObject(name = "by RICE", value = PLACEMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The item where it stands now on the matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.Item.class),
                    examples = @ExampleObject(name = "a manual score", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A score is missing or out of range, or an unknown reachBasis, by field")
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
