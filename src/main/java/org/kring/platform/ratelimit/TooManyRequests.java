package org.kring.platform.ratelimit;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A 429 with Retry-After: the member writes faster than the community allows. */
public class TooManyRequests extends ClientErrorException {

    public TooManyRequests(String what, long retryAfterSeconds) {
        super("You are " + what + " faster than this community allows. Try again in " + retryAfterSeconds + " s.",
                Response.status(Response.Status.TOO_MANY_REQUESTS).header("Retry-After", retryAfterSeconds).build());
    }
}
