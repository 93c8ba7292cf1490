package org.kring.insights.boundary;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.Csv;
import org.kring.insights.control.InsightDraft;
import org.kring.insights.control.QuoteDraft;
import org.kring.insights.control.SavedInsights;
import org.kring.insights.entity.Evidence;
import org.kring.insights.entity.SavedInsight;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.KeysetPaged;

/** Saved insights with their evidence, for analysts and admins: CRUD, quotes, comments, a list with search, export. */
@Path("insights")
@Produces(MediaType.APPLICATION_JSON)
public class SavedInsightsResource {

    static final String DRAFT_EXAMPLE = """
            {"title": "Statiegeld moet ook in kleine winkels", "statement": "Leden in Noord-Holland willen blikjes overal inleveren.",
             "filter": "q=statiegeld&region=Noord-Holland", "tags": ["statiegeld", "winkels"], "state": "SHARED", "ideaIds": [118],
             "evidence": [{"sourceType": "post", "sourceId": 4711, "quote": "ik moet nu naar de grote supermarkt fietsen"}]}""";

    static final String INSIGHT_EXAMPLE = """
            {"id": 50, "title": "Statiegeld moet ook in kleine winkels",
             "statement": "Leden in Noord-Holland willen blikjes overal inleveren.", "filter": "q=statiegeld&region=Noord-Holland",
             "workbench": "/insights.xhtml?q=statiegeld&region=Noord-Holland", "tags": ["statiegeld", "winkels"], "state": "SHARED",
             "owner": {"id": 4, "displayName": "Anna Analist"},
             "ideas": [{"id": 118, "title": "Statiegeld op blikjes ook in de winkel inleveren", "link": "/idea.xhtml?id=118"}],
             "evidence": [{"id": 50, "sourceType": "post", "sourceId": 4711, "ideaId": 118, "threadId": 301,
               "link": "/idea.xhtml?id=118#post-4711", "quote": "ik moet nu naar de grote supermarkt fietsen",
               "authorSegment": {"ageBand": "35-44", "region": "Noord-Holland", "customerType": "consumer"},
               "sourceState": "CHANGED", "addedBy": {"id": 4, "displayName": "Anna Analist"}, "addedAt": "2026-11-30T09:00:00Z"}],
             "comments": [{"id": 50, "author": {"id": 5, "displayName": "Piet Product"}, "body": "Past bij de pilot in Haarlem.",
               "createdAt": "2026-11-30T10:00:00Z"}],
             "mayChange": true, "createdAt": "2026-11-30T09:00:00Z", "updatedAt": "2026-11-30T10:00:00Z"}""";

    static final String PAGE_EXAMPLE = """
            {"insights": [{"id": 50, "title": "Statiegeld moet ook in kleine winkels",
              "statement": "Leden in Noord-Holland willen blikjes overal inleveren.", "tags": ["statiegeld", "winkels"],
              "state": "SHARED", "owner": {"id": 4, "displayName": "Anna Analist"}, "evidence": 3,
              "updatedAt": "2026-11-30T10:00:00Z"}], "nextCursor": "50"}""";

    static final String QUOTE_EXAMPLE = """
            {"sourceType": "idea", "sourceId": 118, "quote": "blikjes ook in de winkel inleveren"}""";

    static final String EVIDENCE_EXAMPLE = """
            {"id": 51, "sourceType": "idea", "sourceId": 118, "ideaId": 118, "threadId": null, "link": "/idea.xhtml?id=118",
             "quote": "blikjes ook in de winkel inleveren", "authorSegment": {"ageBand": "25-34", "region": "Utrecht",
             "customerType": "consumer"}, "sourceState": "UNCHANGED", "addedBy": {"id": 4, "displayName": "Anna Analist"},
             "addedAt": "2026-11-30T09:05:00Z"}""";

    static final String COMMENT_EXAMPLE = """
            {"id": 50, "author": {"id": 5, "displayName": "Piet Product"}, "body": "Past bij de pilot in Haarlem.",
             "createdAt": "2026-11-30T10:00:00Z"}""";

    static final String CSV = "text/csv; charset=UTF-8";
    static final List<String> CSV_COLUMNS = List.of("insight_id", "title", "statement", "state", "tags", "owner", "evidence_id",
            "source_type", "source_id", "link", "quote", "source_state", "age_band", "region", "customer_type", "added_by", "added_at");
    static final String CSV_EXAMPLE = """
            insight_id,title,statement,state,tags,owner,evidence_id,source_type,source_id,link,quote,source_state,age_band,region,customer_type,added_by,added_at
            50,Statiegeld ook in kleine winkels,Leden willen blikjes overal inleveren.,SHARED,statiegeld|winkels,Anna Analist,51,idea,118,/idea.xhtml?id=118,blikjes ook in de winkel inleveren,UNCHANGED,25-34,Utrecht,consumer,Anna Analist,2026-11-30T09:05:00Z
            """;

    /** A colleague's comment. */
    public record CommentDraft(String body) {
    }

    @Inject
    CurrentMember member;

    @Inject
    SavedInsights insights;

    @GET
    @Operation(summary = "Saved insights, newest first (analysts, admins): words in title, statement or tags, state, owner",
            description = "Every word must occur (in the title or statement, or as a tag). A draft is listed for its owner only. "
                    + "Pages through the answer's nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of insights; empty when none match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightPage.class),
                    examples = @ExampleObject(name = "first page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "state, limit or cursor is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @KeysetPaged("cursor")
    public InsightPage list(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("owner") Long owner,
                            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        return InsightPage.of(insights.list(new SavedInsights.Search(q, state, owner, cursor, limit), reader));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an insight (analysts, admins), optionally with its first quotes as evidence",
            description = "title 3–200, statement up to 5,000, filter: the workbench's query string, up to 10 tags, state DRAFT "
                    + "(default), SHARED or ACTED_ON, up to 50 published ideaIds. Each quote must occur in its source, an idea or "
                    + "post the caller can see.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightDraft.class),
            examples = @ExampleObject(name = "an insight with a quote", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Saved",
            headers = @Header(name = "Location", description = "The insight's address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class),
                    examples = @ExampleObject(name = "a saved insight", value = INSIGHT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is not valid, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "422", description = "A quote does not occur in its source, a source or idea is not there to see; "
            + "names the field (evidence[0].quote, evidence[0].sourceId, ideaIds)")
    public Response create(InsightDraft draft, @Context UriInfo uri) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        SavedInsight insight = insights.create(draft, reader);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(insight.getId())).build())
                .entity(view(insight.getId(), reader)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One insight with its evidence (and each source's state now), comments and ideas (analysts, admins)")
    @APIResponse(responseCode = "200", description = "The insight",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class),
                    examples = @ExampleObject(name = "a saved insight", value = INSIGHT_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such insight, or another analyst's draft")
    public InsightView get(@PathParam("id") long id) {
        return view(id, InsightReaders.require(member));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an insight's title, statement, filter, tags, state and ideas (its owner or an admin)",
            description = "Replaces those fields; a missing state keeps the current one. Evidence is added and removed on its own.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightDraft.class),
            examples = @ExampleObject(name = "shared", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class),
                    examples = @ExampleObject(name = "a saved insight", value = INSIGHT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is not valid, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin, or not the insight's owner")
    @APIResponse(responseCode = "404", description = "No such insight")
    @APIResponse(responseCode = "422", description = "An idea is not there to see (ideaIds)")
    public InsightView update(@PathParam("id") long id, InsightDraft draft) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        insights.update(id, draft, reader);
        return view(id, reader);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an insight with its evidence and comments (its owner or an admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin, or not the insight's owner")
    @APIResponse(responseCode = "404", description = "No such insight")
    public Response delete(@PathParam("id") long id) {
        insights.delete(id, InsightReaders.require(member));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a quote from an idea or a post as evidence (analysts, admins who see the insight)",
            description = "The passage must occur in the source as it is now (white space and letter case aside; as written "
                    + "or as shown on its page). It is kept as quoted with the author's segment of now.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteDraft.class),
            examples = @ExampleObject(name = "a quote from an idea", value = QUOTE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.EvidenceView.class),
                    examples = @ExampleObject(name = "a quote", value = EVIDENCE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "sourceType, sourceId or quote is missing or not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such insight")
    @APIResponse(responseCode = "422", description = "The quote does not occur in the source (evidence.quote), or there is no such "
            + "source to see (evidence.sourceId)")
    public Response addEvidence(@PathParam("id") long id, QuoteDraft quote, @Context UriInfo uri) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        Evidence evidence = insights.addEvidence(id, quote, reader);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(evidence.getId())).build())
                .entity(view(id, reader).evidence().stream().filter(e -> e.id() == evidence.getId()).findFirst().orElseThrow()).build();
    }

    @DELETE
    @Path("{id}/evidence/{evidenceId}")
    @Operation(summary = "Remove a quote (the insight's owner, an admin or who added it)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin, or none of those who may remove it")
    @APIResponse(responseCode = "404", description = "No such insight or evidence")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        insights.removeEvidence(id, evidenceId, InsightReaders.require(member));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on an insight (analysts, admins who see it); body up to 4,000 characters")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentDraft.class),
            examples = @ExampleObject(name = "a comment", value = "{\"body\": \"Past bij de pilot in Haarlem.\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.CommentView.class),
                    examples = @ExampleObject(name = "a comment", value = COMMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "body is empty or too long")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such insight")
    public Response comment(@PathParam("id") long id, CommentDraft comment) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        var added = insights.comment(id, comment == null ? null : comment.body(), reader);
        return Response.status(Response.Status.CREATED).entity(InsightView.CommentView.of(added)).build();
    }

    @GET
    @Path("{id}/export/csv")
    @Produces(CSV)
    @Operation(summary = "An insight with its evidence as CSV, one row per quote (analysts, admins)",
            description = "UTF-8 with a byte order mark; cells a spreadsheet would run as a formula start with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The rows",
            content = @Content(mediaType = CSV, examples = @ExampleObject(name = "one quote", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such insight")
    public Response csv(@PathParam("id") long id) {
        InsightView insight = view(id, InsightReaders.require(member));
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(Csv.BYTE_ORDER_MARK);
            Csv.line(writer, CSV_COLUMNS);
            List<Object> head = Arrays.asList(insight.id(), insight.title(), insight.statement(), insight.state(),
                    String.join("|", insight.tags()), insight.owner().displayName());
            if (insight.evidence().isEmpty()) {
                Csv.line(writer, head);
            }
            for (InsightView.EvidenceView e : insight.evidence()) {
                List<Object> row = new ArrayList<>(head);
                row.addAll(Arrays.asList(e.id(), e.sourceType(), e.sourceId(), e.link(), e.quote(), e.sourceState(),
                        e.authorSegment().ageBand(), e.authorSegment().region(), e.authorSegment().customerType(),
                        e.addedBy().displayName(), e.addedAt()));
                Csv.line(writer, row);
            }
            writer.flush();
        };
        return download(body, id, "csv");
    }

    @GET
    @Path("{id}/export/json")
    @Operation(summary = "An insight with its evidence and comments as a JSON file (analysts, admins)")
    @APIResponse(responseCode = "200", description = "The insight, as GET answers it, as a download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class),
                    examples = @ExampleObject(name = "a saved insight", value = INSIGHT_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "404", description = "No such insight")
    public Response json(@PathParam("id") long id) {
        return download(view(id, InsightReaders.require(member)), id, "json");
    }

    private InsightView view(long id, SavedInsights.Reader reader) {
        SavedInsights.Full full = insights.full(id, reader);
        return InsightView.of(full, insights.mayChange(full.insight(), reader));
    }

    private static Response download(Object body, long id, String extension) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"kring-insight-" + id + "." + extension + "\"").build();
    }
}
