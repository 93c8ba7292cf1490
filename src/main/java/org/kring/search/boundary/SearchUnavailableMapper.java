package org.kring.search.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kring.platform.problems.Problem;
import org.kring.search.control.Search;

/** Elasticsearch down: a 503 that says so, with a hint when to try again. */
@Provider
public class SearchUnavailableMapper implements ExceptionMapper<Search.Unavailable> {

    @Override
    public Response toResponse(Search.Unavailable exception) {
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, exception.getMessage()).toResponseBuilder()
                .header("Retry-After", 10).build();
    }
}
