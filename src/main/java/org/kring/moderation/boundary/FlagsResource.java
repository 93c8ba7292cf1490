package org.kring.moderation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.moderation.boundary.ModerationViews.FlagResult;
import org.kring.moderation.boundary.ModerationViews.MyFlag;
import org.kring.moderation.control.Flags;
import org.kring.platform.problems.InvalidInput;

@Path("flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    @Inject
    Flags flags;

    @Inject
    CurrentMember me;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag an idea, thread, post or member (members): reason SPAM, OFFENSIVE, OFF_TOPIC, DUPLICATE (with "
            + "duplicateOf), PERSONAL_DATA or OTHER (with text ≤ 500). One flag per member and target; a second one updates "
            + "the reason. When the score reaches the topic's threshold the target is hidden at once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Flags.FlagInput.class),
            examples = @ExampleObject(name = "spam post", value = "{\"targetType\": \"POST\", \"targetId\": 812, \"reason\": \"SPAM\"}")))
    @APIResponse(responseCode = "201", description = "Flag recorded (200: an earlier flag of mine on it was updated)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlagResult.class),
                    examples = @ExampleObject(name = "third flag hid it",
                            value = "{\"itemId\": 150, \"created\": true, \"score\": 3, \"hidden\": true}")))
    @APIResponse(responseCode = "400", description = "Unknown target type or reason, text too long, missing duplicateOf")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Your own content (or yourself)")
    @APIResponse(responseCode = "404", description = "No such target (or it is hidden)")
    public Response flag(Flags.FlagInput input) {
        long member = me.requireId();
        Flags.Flagged flagged = flags.flag(input, member, me.isModerator());
        return Response.status(flagged.created() ? 201 : 200).entity(FlagResult.of(flagged)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "My flags, newest first, with their outcome: PENDING, UPHELD or REJECTED (limit up to 100)")
    @APIResponse(responseCode = "200", description = "My flags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyFlag[].class),
                    examples = @ExampleObject(name = "one upheld flag", value = "[{\"id\": 50, \"targetType\": \"POST\", "
                            + "\"targetId\": 812, \"reason\": \"SPAM\", \"text\": null, \"duplicateOf\": null, "
                            + "\"outcome\": \"UPHELD\", \"createdAt\": \"2026-11-30T01:00:00Z\"}]")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    public List<MyFlag> mine(@QueryParam("limit") @DefaultValue("50") int limit) {
        long member = me.requireId();
        InvalidInput.check().range("limit", limit, 1, 100).orThrow();
        return flags.mine(member, limit).stream().map(MyFlag::of).toList();
    }
}
