package org.kring.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.platform.problems.InvalidInput;
import org.kring.search.control.Search;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    public static final int MAX_SIZE = 100;

    public static final int MAX_PAGE = 1000;
    public static final int MAX_QUERY = 500;

    /** A search sent as JSON, for clients that build longer queries. */
    public record SearchRequest(String query, Integer page, Integer size) {
    }

    @Inject
    Search search;

    @GET
    @Operation(summary = "Full-text search over published contributions, Dutch and English")
    public Search.Page get(@QueryParam("q") String q,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        return query("q", q, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same search, with the query in a JSON body")
    public Search.Page post(SearchRequest request) {
        if (request == null) {
            InvalidInput.check().text("query", null, 1, MAX_QUERY).orThrow();
        }
        return query("query", request.query(), request.page() == null ? 0 : request.page(),
                request.size() == null ? 20 : request.size());
    }

    private Search.Page query(String queryField, String query, int page, int size) {
        InvalidInput.check()
                .text(queryField, query, 1, MAX_QUERY)
                .range("page", page, 0, MAX_PAGE)
                .range("size", size, 1, MAX_SIZE)
                .orThrow();
        return search.query(query, page * size, size);
    }
}
