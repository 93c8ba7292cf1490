package org.kring.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.Problem;
import org.kring.search.control.Consistency;
import org.kring.search.control.Reindexer;

/** Admin operations on the search index: rebuild it from the database, compare it with the database. */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    static final String PROGRESS_EXAMPLE = """
            {"state": "RUNNING", "index": "kring-contributions-v1764493200000", "done": 42000, "total": 120000,
             "ratePerSecond": 3500.0, "secondsLeft": 22, "startedAt": "2026-11-30T09:00:00Z", "finishedAt": null,
             "error": null}""";

    static final String CONSISTENCY_EXAMPLE = """
            {"types": [{"type": "idea", "database": 4210, "index": 4210, "drift": 0},
              {"type": "post", "database": 38112, "index": 38110, "drift": -2}],
             "totalDrift": 2, "outboxBacklog": 2, "consistent": false}""";

    @Inject
    CurrentMember member;

    @Inject
    Reindexer reindexer;

    @Inject
    Consistency consistency;

    @POST
    @Path("reindex")
    @Operation(summary = "Rebuild the index from the database into a new version and swap the alias (admins)",
            description = "202 with the progress; 409 while a rebuild runs. Searches and writes go on meanwhile.")
    @APIResponse(responseCode = "202", description = "Started; the progress so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reindexer.Progress.class),
                    examples = @ExampleObject(name = "started", value = PROGRESS_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "A reindex is running already")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable; see Retry-After")
    public Response reindex() {
        member.requireRole(Role.ADMIN);
        if (!reindexer.start()) {
            return Problem.of(Response.Status.CONFLICT, "A reindex is running already: see GET /api/v1/admin/search/reindex.")
                    .toResponseBuilder().build();
        }
        return Response.accepted(reindexer.progress()).build();
    }

    @GET
    @Path("reindex")
    @Operation(summary = "Progress of the last reindex: state, done, total, ratePerSecond, secondsLeft (admins)")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reindexer.Progress.class),
                    examples = @ExampleObject(name = "running", value = PROGRESS_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Reindexer.Progress progress() {
        member.requireRole(Role.ADMIN);
        return reindexer.progress();
    }

    @GET
    @Path("consistency")
    @Operation(summary = "Per type the database count, the index count and the drift (admins)")
    @APIResponse(responseCode = "200", description = "The counts; consistent is false when any type drifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consistency.Report.class),
                    examples = @ExampleObject(name = "two posts missing", value = CONSISTENCY_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable; see Retry-After")
    public Consistency.Report consistency() {
        member.requireRole(Role.ADMIN);
        return consistency.check();
    }
}
