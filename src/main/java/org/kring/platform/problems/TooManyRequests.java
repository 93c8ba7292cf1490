package org.kring.platform.problems;

/** The member writes faster than the community allows: a 429 with Retry-After (see {@link RefusalMapper}). */
public final class TooManyRequests extends Refusal {

    private final long retryAfterSeconds;

    public TooManyRequests(String what, long retryAfterSeconds) {
        super("You are " + what + " faster than this community allows. Try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
