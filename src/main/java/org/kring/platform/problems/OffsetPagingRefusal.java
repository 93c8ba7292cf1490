package org.kring.platform.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Refuses page and offset on lists paged by keyset ({@link KeysetPaged}), naming the parameter to use instead. */
@Provider
@KeysetPaged
public class OffsetPagingRefusal implements ContainerRequestFilter {

    private static final List<String> OFFSET_PARAMETERS = List.of("page", "offset");

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        KeysetPaged paged = resource.getResourceMethod().getAnnotation(KeysetPaged.class);
        String next = paged != null ? paged.value() : resource.getResourceClass().getAnnotation(KeysetPaged.class).value();
        InvalidInput.Checks checks = InvalidInput.check();
        for (String offset : OFFSET_PARAMETERS) {
            checks.that(offset, !request.getUriInfo().getQueryParameters().containsKey(offset),
                    "this list is paged by keyset, not by number: leave out " + offset + " and use " + next
                            + " (the previous page's answer gives it)");
        }
        checks.orThrow();
    }
}
