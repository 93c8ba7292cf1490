package org.kring.search.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.kring.members.control.CurrentMember;
import org.kring.platform.http.ClientAddress;
import org.kring.platform.ratelimit.WriteRateLimiter;

/**
 * Searching costs Elasticsearch real work: visitors who are not logged in get a per-address limit (the API, the
 * search page, similar ideas), so nobody can load the engine from the outside for free. Members search freely.
 */
@RequestScoped
public class VisitorSearchQuota {

    @Inject
    CurrentMember member;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @Inject
    WriteRateLimiter limiter;

    /** Counts one search by the caller; a 429 when an anonymous caller's address searched too often this minute. */
    public void charge() {
        if (member.id().isEmpty()) {
            limiter.acquire(WriteRateLimiter.Kind.ANONYMOUS_SEARCH, clientAddress.of(request));
        }
    }
}
