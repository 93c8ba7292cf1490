package org.kring.feeds.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.feeds.control.Feed;
import org.kring.feeds.control.FeedScopes;
import org.kring.feeds.control.FeedVersions;
import org.kring.feeds.control.Feeds;
import org.kring.feeds.control.RenderedFeeds;
import org.kring.platform.config.KringConfig;
import org.kring.platform.problems.InvalidInput;

/**
 * Atom feeds (RFC 4287) of published content, for feed readers and for the company's other channels: with ETag and
 * Last-Modified, so a reader polling an unchanged feed gets a 304 without a body. The ETag is the feed's change
 * counter ({@link FeedVersions}), so an If-None-Match poll is answered without reading the database; a plain GET or
 * If-Modified-Since of an unchanged feed gets the document written for that ETag ({@link RenderedFeeds}).
 */
@Path("feeds")
@Produces(FeedsResource.ATOM)
public class FeedsResource {

    static final String ATOM = "application/atom+xml";
    private static final String EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
            + "xml:lang=\"nl\"><id>https://kring.example/api/v1/feeds/topics/verpakking</id><title>Verpakking · Kring</title>"
            + "<updated>2026-11-30T09:00:00Z</updated><entry><id>https://kring.example/idea.xhtml?id=168</id>"
            + "<title>Statiegeld op blikjes</title><updated>2026-11-30T09:00:00Z</updated></entry></feed>";

    @Inject
    Feeds feeds;

    @Inject
    FeedVersions versions;

    @Inject
    RenderedFeeds rendered;

    @Inject
    KringConfig config;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("topics/{slug}")
    @Operation(summary = "Atom feed of the newest ideas in a topic")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM,
            examples = @ExampleObject(name = "a topic", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the reader sent")
    @APIResponse(responseCode = "400", description = "lang is not nl or en")
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response topic(@PathParam("slug") String slug, @QueryParam("lang") @DefaultValue("nl") String lang) {
        Locale language = language(lang);
        return answer(FeedScopes.topic(slug), lang, () -> feeds.topic(slug, language));
    }

    @GET
    @Path("challenges/{slug}")
    @Operation(summary = "Atom feed of the newest ideas for a challenge")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the reader sent")
    @APIResponse(responseCode = "404", description = "No such challenge")
    public Response challenge(@PathParam("slug") String slug, @QueryParam("lang") @DefaultValue("nl") String lang) {
        Locale language = language(lang);
        return answer(FeedScopes.challenge(slug), lang, () -> feeds.challenge(slug, language));
    }

    @GET
    @Path("ideas/{id}")
    @Operation(summary = "Atom feed of an idea and the newest posts of its discussion")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the reader sent")
    @APIResponse(responseCode = "404", description = "No such idea, or not published")
    public Response idea(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("nl") String lang) {
        return answer(FeedScopes.discussion(id), lang, () -> feeds.discussion(id));
    }

    @GET
    @Path("changelog")
    @Operation(summary = "Atom feed of the changelog: ideas the company has done, latest first, with its official answers")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the reader sent")
    @APIResponse(responseCode = "400", description = "lang is not nl or en, or there is no such topic")
    public Response changelog(@Parameter(description = "a topic's slug; all topics when absent") @QueryParam("topic") String topic,
                              @QueryParam("lang") @DefaultValue("nl") String lang) {
        Locale language = language(lang);
        String topicSlug = topic == null || topic.isBlank() ? null : topic.strip();
        return answer(FeedScopes.changelog(topicSlug), lang, () -> feeds.changelog(topicSlug, language));
    }

    /** The ETag is read before the feed: a change committed in between costs the reader one more 200, not a lost change. */
    private Response answer(String scope, String lang, Supplier<Feed> build) {
        String tag = versions.etag(scope, lang);
        EntityTag etag = new EntityTag(tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        String site = uri.getBaseUri().toString().replaceFirst("api/v1/?$", "");
        RenderedFeeds.Rendered feed = rendered.document(tag, uri.getRequestUri().toString(), site, lang, config.brandName(), build);
        Date lastModified = Date.from(feed.updated().truncatedTo(ChronoUnit.SECONDS));
        if (headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null) { // when both are sent, the ETag decides (RFC 9110)
            unchanged = request.evaluatePreconditions(lastModified);
            if (unchanged != null) {
                return unchanged.tag(etag).cacheControl(cache).build();
            }
        }
        return Response.ok(feed.body(), ATOM + ";charset=UTF-8").tag(etag).lastModified(lastModified).cacheControl(cache).build();
    }

    private static Locale language(String lang) {
        InvalidInput.check().that("lang", "nl".equals(lang) || "en".equals(lang), "must be nl or en").orThrow();
        return Locale.of(lang);
    }
}
