package org.kring.search.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.search.control.Search;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    public static final int MAX_SIZE = 100;

    /**
     * A search sent as JSON, for clients that build longer queries. (A class, not a record: Payara's
     * OpenAPI generator fails on validation annotations of record components.)
     */
    public static class SearchRequest {
        @NotBlank
        @Size(max = 500)
        public String query;
        @Min(0)
        @Max(1000)
        public Integer page;
        @Min(1)
        @Max(MAX_SIZE)
        public Integer size;
    }

    @Inject
    Search search;

    @GET
    @Operation(summary = "Full-text search over published contributions, Dutch and English")
    public Search.Page get(@QueryParam("q") @NotBlank @Size(max = 500) String q,
                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return search.query(q, page * size, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same search, with the query in a JSON body")
    public Search.Page post(@NotNull @Valid SearchRequest request) {
        int size = request.size == null ? 20 : request.size;
        int page = request.page == null ? 0 : request.page;
        return search.query(request.query, page * size, size);
    }
}
