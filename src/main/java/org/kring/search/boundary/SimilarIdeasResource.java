package org.kring.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.platform.problems.InvalidInput;
import org.kring.search.control.Search;
import org.kring.search.control.VisitorSearchQuota;

/**
 * "Vote on this one instead": while a member types a new idea. A root resource of its own: with more
 * literal characters in its path than IdeasResource's "ideas", JAX-RS picks it for ideas/similar
 * (so "similar" is never taken for an idea id).
 */
@Path("ideas/similar")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarIdeasResource {

    public static final int HOW_MANY = 5;

    static final String EXAMPLE = """
            [{"id": 168, "title": "Statiegeld op blikjes ook in kleine winkels", "language": "nl", "voteCount": 147, "score": 12.8},
             {"id": 203, "title": "Inleverpunt voor blik en plastic bij elk filiaal", "language": "nl", "voteCount": 41, "score": 6.1}]""";

    @Inject
    Search search;

    @Inject
    VisitorSearchQuota quota;

    @GET
    @Operation(summary = "The 5 published ideas most like this title and body, in Dutch or English")
    @APIResponse(responseCode = "200", description = "Up to 5 similar ideas, most similar first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Search.Similar.class),
                    examples = @ExampleObject(name = "statiegeld", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "title or body is not valid")
    @APIResponse(responseCode = "429", description = "An anonymous caller searched too often this minute; see Retry-After")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable; see Retry-After")
    public List<Search.Similar> similar(@QueryParam("title") String title, @QueryParam("body") String body) {
        InvalidInput.check()
                .text("title", title, 3, 140)
                .that("body", body == null || body.length() <= 10_000, "must be at most 10000 characters")
                .orThrow();
        quota.charge();
        return search.similarIdeas(title.strip(), body, HOW_MANY);
    }
}
