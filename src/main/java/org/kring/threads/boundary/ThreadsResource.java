package org.kring.threads.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.KeysetPaged;
import org.kring.threads.boundary.ThreadViews.PostPage;
import org.kring.threads.boundary.ThreadViews.PostView;
import org.kring.threads.boundary.ThreadViews.ThreadView;
import org.kring.threads.control.PostSort;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

@Path("threads")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsResource {

    /** A new standalone thread: its topic (slug), title and first post. */
    public record NewThread(String topic, String title, String body, String language) {
    }

    /** A post in a thread; {@code parentId} names the post it replies to (null: it answers the thread). */
    public record NewPost(String body, Long parentId) {
    }

    static final String THREAD_EXAMPLE = """
            {"id": 311, "topic": "duurzaamheid", "ideaId": null, "title": "Hoe leveren jullie blikjes in?",
             "language": "nl", "author": "Sanne de Vries", "postCount": 4, "lastPostAt": "2026-11-29T21:04:00Z",
             "locked": false, "pinned": false, "createdAt": "2026-11-28T10:15:00Z"}""";

    static final String THREADS_EXAMPLE = "[" + THREAD_EXAMPLE + "]";

    static final String POST_EXAMPLE = """
            {"id": 9021, "threadId": 311, "parentId": 9017, "depth": 1, "authorId": 1234, "author": "Sanne de Vries",
             "bodyHtml": "<p>Bij ons filiaal kan het al, maar alleen bij de kassa.</p>", "likeCount": 3, "likedByMe": false,
             "deleted": false, "edited": false, "createdAt": "2026-11-29T21:04:00Z", "updatedAt": "2026-11-29T21:04:00Z"}""";

    static final String POST_PAGE_EXAMPLE = "{\"threadId\": 311, \"sort\": \"oldest\", \"limit\": 1, "
            + "\"total\": 2, \"hasMore\": true, \"nextCursor\": \"MjAyNi0xMS0yOVQwOToxMjowMFp8ODgw\", \"posts\": [" + POST_EXAMPLE + "]}";

    @Inject
    Threads threads;

    @Inject
    Posts posts;

    @Inject
    Topics topics;

    @Inject
    CurrentMember current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a thread in a topic with its first post (401 anonymous, 429 too many posts)")
    @APIResponse(responseCode = "201", description = "Started",
            headers = @Header(name = "Location", description = "The new thread's address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class),
                    examples = @ExampleObject(name = "a new thread", value = THREAD_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "topic, title, body or language is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "429", description = "Too many posts in a short time; see Retry-After")
    public Response start(NewThread input, @Context UriInfo uri) {
        long memberId = current.requireId();
        NewThread t = input == null ? new NewThread(null, null, null, null) : input;
        var thread = threads.start(t.topic(), memberId, t.title(), t.body(), t.language());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(thread.getId())).build())
                .entity(ThreadView.of(thread)).build();
    }

    @GET
    @Operation(summary = "Standalone threads, newest activity first, optionally of one topic (page from 1, limit up to 100)")
    @APIResponse(responseCode = "200", description = "A page of threads",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ThreadView.class),
                    examples = @ExampleObject(name = "one thread", value = THREADS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "topic, page or limit is not valid")
    public List<ThreadView> list(@QueryParam("topic") String topic,
                                 @QueryParam("page") @DefaultValue("1") int page,
                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        Optional<Topic> found = topic == null ? Optional.empty() : topics.bySlug(topic);
        InvalidInput.check()
                .that("topic", topic == null || found.isPresent(), "must be the slug of an existing topic")
                .range("page", page, 1, 10_000)
                .range("limit", limit, 1, Threads.MAX_PAGE).orThrow();
        return threads.standalone(found.map(Topic::getId).orElse(null), page, limit).stream().map(ThreadView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One thread: title, topic, the idea it belongs to (if any), post count and last activity")
    @APIResponse(responseCode = "200", description = "The thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class),
                    examples = @ExampleObject(name = "a thread", value = THREAD_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such thread")
    public ThreadView one(@PathParam("id") long id) {
        return ThreadView.of(threads.require(id, current.audience()));
    }

    @GET
    @Path("{id}/posts")
    @Operation(summary = "A page of a thread's posts: sort oldest, newest or liked; limit up to 100; the next page with "
            + "cursor = the answer's nextCursor (keyset: any depth is as fast as the first page)")
    @APIResponse(responseCode = "200", description = "A page of posts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostPage.class),
                    examples = @ExampleObject(name = "one post", value = POST_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "sort, limit or cursor is not valid (a cursor works with the sort it came from), "
            + "or page or offset was sent (this list is paged by cursor)")
    @APIResponse(responseCode = "404", description = "No such thread")
    @KeysetPaged("cursor")
    public PostPage posts(@PathParam("id") long id,
                          @QueryParam("sort") @DefaultValue("oldest") String sort,
                          @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @DefaultValue("20") int limit) {
        Optional<PostSort> order = PostSort.of(sort);
        InvalidInput.check()
                .that("sort", order.isPresent(), "must be one of " + PostSort.names())
                .range("limit", limit, 1, Threads.MAX_PAGE).orThrow();
        threads.require(id, current.audience());
        Optional<Long> reader = current.id();
        Posts.Page result = posts.page(id, order.get(), cursor, limit, reader, current.audience());
        return PostPage.of(id, order.get().name().toLowerCase(), limit, result, reader.isPresent());
    }

    @POST
    @Path("{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post in a thread, or reply to one of its posts (parentId); 409 when the thread is locked")
    @APIResponse(responseCode = "201", description = "Posted",
            headers = @Header(name = "Location", description = "The new post's address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class),
                    examples = @ExampleObject(name = "a reply", value = POST_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "body or parentId is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "404", description = "No such thread")
    @APIResponse(responseCode = "409", description = "The thread is locked")
    @APIResponse(responseCode = "429", description = "Too many posts in a short time; see Retry-After")
    public Response reply(@PathParam("id") long id, NewPost input, @Context UriInfo uri) {
        long memberId = current.requireId();
        NewPost p = input == null ? new NewPost(null, null) : input;
        var post = posts.reply(id, p.parentId(), memberId, p.body());
        return Response.created(uri.getBaseUriBuilder().path("posts").path(String.valueOf(post.getId())).build())
                .entity(PostView.of(posts.require(post.getId(), current.audience()), false)).build();
    }
}
