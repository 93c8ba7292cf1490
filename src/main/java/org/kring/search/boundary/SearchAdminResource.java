package org.kring.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.Problem;
import org.kring.search.control.Consistency;
import org.kring.search.control.Reindexer;

/** Admin operations on the search index: rebuild it from the database, compare it with the database. */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

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
    public Reindexer.Progress progress() {
        member.requireRole(Role.ADMIN);
        return reindexer.progress();
    }

    @GET
    @Path("consistency")
    @Operation(summary = "Per type the database count, the index count and the drift (admins)")
    public Consistency.Report consistency() {
        member.requireRole(Role.ADMIN);
        return consistency.check();
    }
}
