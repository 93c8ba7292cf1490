package org.kring.threads.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.platform.problems.NotFound;
import org.kring.threads.boundary.ThreadViews.IdeaThreadView;
import org.kring.members.control.CurrentMember;
import org.kring.threads.control.Threads;

/**
 * The thread of an idea. A root resource of its own (threads does not touch the ideas resource): JAX-RS
 * prefers the root path with the most literal characters, so /ideas/{id}/thread comes here and every
 * other /ideas path stays with the ideas resource.
 */
@Path("ideas/{id}/thread")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaThreadResource {

    @Inject
    Threads threads;

    @Inject
    CurrentMember current;

    @GET
    @Operation(summary = "The thread of an idea: its id (read its posts at /threads/{id}/posts) and post count")
    public IdeaThreadView thread(@PathParam("id") long ideaId) {
        return threads.ofIdea(ideaId, current.audience()).map(IdeaThreadView::of)
                .orElseThrow(() -> new NotFound("There is no idea " + ideaId + " (or it has no thread)."));
    }
}
