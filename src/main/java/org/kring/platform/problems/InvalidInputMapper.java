package org.kring.platform.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input becomes a 400 that names each field and its reason. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Override
    public Response toResponse(InvalidInput exception) {
        return Problem.of(Response.Status.BAD_REQUEST, "Some fields are not valid.", exception.errors()).toResponse();
    }
}
