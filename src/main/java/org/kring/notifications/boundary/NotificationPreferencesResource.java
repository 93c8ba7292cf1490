package org.kring.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.notifications.control.Preferences;
import org.kring.notifications.entity.Delivery;
import org.kring.notifications.entity.PreferenceKind;

/** My notification preferences: per kind, how e-mails come (in-app notifications always do). */
@Path("members/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationPreferencesResource {

    /**
     * Per kind (RESPONSES: status changes and answers on ideas I posted, voted on or follow; REPLIES; MENTIONS;
     * MODERATION: about my content or account; FOLLOWED: new ideas in topics I follow, OFF unless chosen) the e-mail
     * delivery: IMMEDIATE, DAILY, WEEKLY or OFF.
     */
    public record PreferencesView(Map<String, String> email, String inApp) {
        static PreferencesView of(Map<PreferenceKind, Delivery> choices) {
            Map<String, String> email = new LinkedHashMap<>();
            choices.forEach((kind, delivery) -> email.put(kind.name(), delivery.name()));
            return new PreferencesView(email, "ALWAYS");
        }
    }

    /** The kinds to change and their new delivery; kinds left out stay as they are. */
    public record PreferencesChange(Map<String, String> email) {
    }

    static final String EXAMPLE = """
            {"email": {"RESPONSES": "IMMEDIATE", "REPLIES": "DAILY", "MENTIONS": "DAILY", "MODERATION": "IMMEDIATE",
                       "FOLLOWED": "OFF"},
             "inApp": "ALWAYS"}""";

    @Inject
    Preferences preferences;

    @Inject
    CurrentMember current;

    @GET
    @Operation(summary = "My e-mail delivery per kind of notification (in-app notifications always come)")
    @APIResponse(responseCode = "200", description = "My preferences", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreferencesView.class), examples = @ExampleObject(name = "digests", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    public PreferencesView get() {
        return PreferencesView.of(preferences.of(current.requireId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my e-mail delivery for some kinds: IMMEDIATE, DAILY or WEEKLY digest, or OFF",
            description = "Kinds: RESPONSES, REPLIES, MENTIONS, MODERATION. A digest groups what happened since the last one "
                    + "and comes after midnight UTC (weekly: Monday); nothing new, no mail.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesChange.class),
            examples = @ExampleObject(name = "replies daily", value = "{\"email\": {\"REPLIES\": \"DAILY\"}}")))
    @APIResponse(responseCode = "200", description = "Changed; all my preferences now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesView.class),
                    examples = @ExampleObject(name = "digests", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "An unknown kind or delivery (field email.KIND), or no kind at all (field email)")
    @APIResponse(responseCode = "401", description = "Not logged in")
    public PreferencesView change(PreferencesChange change) {
        long me = current.requireId();
        return PreferencesView.of(preferences.change(me, change == null ? null : change.email()));
    }
}
