package org.kring.platform.ratelimit;

/** The member writes faster than the community allows: a 429 with Retry-After (see the mapper). */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequests(String what, long retryAfterSeconds) {
        super("You are " + what + " faster than this community allows. Try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
