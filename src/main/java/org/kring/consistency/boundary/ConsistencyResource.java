package org.kring.consistency.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.consistency.control.CounterChecks;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;

/** The invariant check anyone running Kring can call: does every counter equal the rows it counts? */
@Path("admin/consistency")
@Produces(MediaType.APPLICATION_JSON)
public class ConsistencyResource {

    static final String EXAMPLE = """
            {"consistent": false, "counters": [
              {"counter": "idea.vote_count", "rule": "an idea's vote_count equals its rows in vote", "drifted": 1,
               "examples": [{"id": 6, "counter": 146, "counted": 147}]},
              {"counter": "post.like_count", "rule": "a post's like_count equals its rows in post_like", "drifted": 0,
               "examples": []}]}""";

    @Inject
    CurrentMember member;

    @Inject
    CounterChecks checks;

    @GET
    @Operation(summary = "Counters against their rows: votes, likes, posts (admins)",
            description = "Compares each counter Kring keeps (an idea's votes and posts, a post's likes, a thread's posts)"
                    + " with the rows it counts, in one grouped query per counter. Reports the drift and up to 10"
                    + " examples per counter; repairs nothing. Also updates the metric kring_counter_drift.")
    @APIResponse(responseCode = "200", description = "The check ran; `consistent` is false when any counter drifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CounterChecks.Report.class),
                    examples = @ExampleObject(name = "one drifted idea", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public CounterChecks.Report check() {
        member.requireRole(Role.ADMIN);
        return checks.check();
    }
}
