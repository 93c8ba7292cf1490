package org.kring.threads.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "200", description = "The idea's thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaThreadView.class),
                    examples = @ExampleObject(name = "an idea's thread", value = "{\"threadId\": 305, \"ideaId\": 168, \"postCount\": 12, \"lastPostAt\": \"2026-11-29T21:04:00Z\", \"locked\": false}")))
    @APIResponse(responseCode = "404", description = "No such idea, or it has no thread")
    public IdeaThreadView thread(@PathParam("id") long ideaId) {
        return threads.ofIdea(ideaId, current.audience()).map(IdeaThreadView::of)
                .orElseThrow(() -> new NotFound("There is no idea " + ideaId + " (or it has no thread)."));
    }
}
