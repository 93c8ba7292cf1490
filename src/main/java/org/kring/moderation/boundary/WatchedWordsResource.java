package org.kring.moderation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.moderation.control.WatchedWords;
import org.kring.moderation.entity.WatchedWord;

/**
 * Watched words (ADMIN only; 401 anonymous, 403 anyone else, moderators included): words and phrases matched in the
 * titles and bodies of new and edited ideas, threads and posts, ignoring case, on word boundaries.
 */
@Path("moderation/watched-words")
@Produces(MediaType.APPLICATION_JSON)
public class WatchedWordsResource {

    private static final String WORD = """
            {"id": 51, "word": "gratis iphone", "language": "any", "action": "BLOCK", "replacement": null, \\
            "createdAt": "2026-11-30T09:20:00Z"}""";
    private static final String LIST = "[" + WORD + """
            , {"id": 52, "word": "sukkel", "language": "nl", "action": "REPLACE", "replacement": "***", \\
            "createdAt": "2026-11-30T09:21:00Z"}, {"id": 53, "word": "cashback", "language": "en", "action": "HOLD", \\
            "replacement": null, "createdAt": "2026-11-30T09:22:00Z"}]""";

    @Inject
    WatchedWords words;

    @Inject
    CurrentMember me;

    @Context
    UriInfo uri;

    /** A watched word as the API shows it. */
    public record WatchedWordView(long id, String word, String language, String action, String replacement, Instant createdAt) {
        static WatchedWordView of(WatchedWord w) {
            return new WatchedWordView(w.getId(), w.getWord(), w.getLanguage(), w.getAction().name(), w.getReplacement(),
                    w.getCreatedAt());
        }
    }

    @GET
    @Operation(summary = "Every watched word (admins), by language and word")
    @APIResponse(responseCode = "200", description = "The watched words", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WatchedWordView[].class), examples = @ExampleObject(name = "three words", value = LIST)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<WatchedWordView> list() {
        me.requireRole(Role.ADMIN);
        return words.list().stream().map(WatchedWordView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a word or phrase (admins)", description = "language: nl, en or any (default). action: HOLD (the "
            + "contribution waits in the moderation queue, reason HELD, before anyone else sees it; not for staff), BLOCK (refused "
            + "at once with a 400 naming the field and the word; nothing is stored) or REPLACE (stored with the word replaced by "
            + "replacement, default ***). Matched ignoring case, as a whole word (a phrase across any white space), in the title "
            + "and body of new and edited ideas, threads and posts; in effect at once on this instance, within a minute on others.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WatchedWords.WordInput.class),
            examples = {@ExampleObject(name = "block", value = "{\"word\": \"gratis iphone\", \"action\": \"BLOCK\"}"),
                    @ExampleObject(name = "censor in Dutch", value = "{\"word\": \"sukkel\", \"language\": \"nl\", \"action\": "
                            + "\"REPLACE\", \"replacement\": \"***\"}")}))
    @APIResponse(responseCode = "201", description = "Watched", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WatchedWordView.class), examples = @ExampleObject(name = "blocked", value = WORD)))
    @APIResponse(responseCode = "400", description = "No word, one over 100 characters or without a letter or digit, an unknown "
            + "language or action, a replacement without REPLACE or over 100 characters; by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Already watched for that language, or 2,000 words watched (word)")
    public Response add(WatchedWords.WordInput input) {
        long admin = me.requireRole(Role.ADMIN);
        WatchedWord word = words.add(input, admin);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(word.getId())).build())
                .entity(WatchedWordView.of(word)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop watching a word (admins); contributions stored before keep their text and state")
    @APIResponse(responseCode = "204", description = "No longer watched")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such watched word")
    public Response remove(@PathParam("id") long id) {
        me.requireRole(Role.ADMIN);
        words.remove(id);
        return Response.noContent().build();
    }
}
