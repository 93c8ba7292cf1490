package org.kring.members.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.kring.members.control.EmailTaken;
import org.kring.platform.problems.Problem;

/** A registration with an address that has an account: 409 naming the field email. */
@Provider
public class EmailTakenMapper implements ExceptionMapper<EmailTaken> {

    @Override
    public Response toResponse(EmailTaken exception) {
        return Problem.of(Response.Status.CONFLICT, exception.getMessage(),
                List.of(new Problem.FieldError("email", "is already registered"))).toResponse();
    }
}
