package org.kring.votes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.votes.control.Votes;

@Path("ideas/{id}/vote")
@Produces(MediaType.APPLICATION_JSON)
public class VotesResource {

    @Inject
    Votes votes;

    @Inject
    CurrentMember me;

    @PUT
    @Operation(summary = "Vote on an idea (idempotent: voting twice counts once); voting follows the idea")
    @APIResponse(responseCode = "200", description = "Voted (also when already voted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Votes.Tally.class),
                    examples = @ExampleObject(name = "voted", value = "{\"ideaId\": 168, \"voteCount\": 148, \"voted\": true}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "429", description = "Too many votes in a short time; see Retry-After")
    public Votes.Tally vote(@PathParam("id") long ideaId) {
        return votes.vote(ideaId, me.requireId());
    }

    @DELETE
    @Operation(summary = "Withdraw my vote (idempotent)")
    @APIResponse(responseCode = "200", description = "Not voted (also when there was no vote)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Votes.Tally.class),
                    examples = @ExampleObject(name = "withdrawn", value = "{\"ideaId\": 168, \"voteCount\": 147, \"voted\": false}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "429", description = "Too many votes in a short time; see Retry-After")
    public Votes.Tally withdraw(@PathParam("id") long ideaId) {
        return votes.withdraw(ideaId, me.requireId());
    }
}
