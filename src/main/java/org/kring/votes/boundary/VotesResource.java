package org.kring.votes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Votes.Tally vote(@PathParam("id") long ideaId) {
        return votes.vote(ideaId, me.requireId());
    }

    @DELETE
    @Operation(summary = "Withdraw my vote (idempotent)")
    public Votes.Tally withdraw(@PathParam("id") long ideaId) {
        return votes.withdraw(ideaId, me.requireId());
    }
}
