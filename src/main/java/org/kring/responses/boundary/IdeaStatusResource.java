package org.kring.responses.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.platform.problems.InvalidInput;
import org.kring.responses.boundary.ResponseViews.ResponseView;
import org.kring.responses.boundary.ResponseViews.StatusInfo;
import org.kring.responses.boundary.ResponseViews.StatusView;
import org.kring.responses.boundary.ResponseViews.StepView;
import org.kring.responses.control.Responders;
import org.kring.responses.control.Responses;
import org.kring.responses.control.StatusWorkflow;

/** An idea's place in the status workflow: read by anyone, changed by the team. */
@Path("ideas/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaStatusResource {

    /** A status change; {@code message} is an optional note, {@code answer} an optional official answer (Markdown). */
    public record StatusInput(String status, String message, String answer, String language) {
    }

    static final String INPUT_EXAMPLE = """
            {"status": "PLANNED", "message": "Komt in de planning voor het voorjaar.",
             "answer": "We gaan dit **in maart** proberen in tien winkels."}""";
    static final String EXAMPLE = """
            {"ideaId": 612, "status": {"name": "PLANNED", "labelNl": "Gepland", "labelEn": "Planned", "color": "#d9e8fb"},
             "step": {"from": "UNDER_REVIEW", "to": "PLANNED", "message": "Komt in de planning voor het voorjaar.",
                      "by": "Ada Analist", "at": "2026-11-30T09:12:00Z"},
             "answer": {"ideaId": 612, "body": "We gaan dit **in maart** proberen in tien winkels.",
                        "bodyHtml": "<p>We gaan dit <strong>in maart</strong> proberen in tien winkels.</p>", "language": "nl",
                        "by": "Ada Analist", "team": true, "createdAt": "2026-11-30T09:12:00Z",
                        "updatedAt": "2026-11-30T09:12:00Z", "edited": false}}""";
    static final String STATUS_EXAMPLE = """
            {"ideaId": 612, "status": {"name": "UNDER_REVIEW", "labelNl": "In behandeling", "labelEn": "Under review",
             "color": "#fff3c4"},
             "next": [{"name": "PLANNED", "labelNl": "Gepland", "labelEn": "Planned", "color": "#d9e8fb"},
                      {"name": "DECLINED", "labelNl": "Afgewezen", "labelEn": "Declined", "color": "#f3d6d6"}],
             "history": [{"from": "NEW", "to": "UNDER_REVIEW", "message": "We kijken ernaar met de inkoop.",
                          "by": "Ada Analist", "at": "2026-11-28T10:00:00Z"}],
             "clock": {"postedAt": "2026-11-25T08:30:00Z", "publishedAt": "2026-11-25T08:30:00Z", "firstResponseAt": "2026-11-28T10:00:00Z",
                       "responseSeconds": 264600}}""";
    static final String CONFLICT_EXAMPLE = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "An idea that is NEW cannot become DONE; allowed: UNDER_REVIEW, DECLINED.",
             "errors": [{"field": "status", "reason": "from NEW only to: UNDER_REVIEW, DECLINED"}]}""";

    @Inject
    CurrentMember current;

    @Inject
    Ideas ideas;

    @Inject
    StatusWorkflow workflow;

    @Inject
    Responses responses;

    @Inject
    Responders responders;

    @GET
    @Operation(summary = "An idea's status, the statuses it may move to next, its status history (oldest first) and its "
            + "response clock (posted, published, first response, seconds from publication to it)")
    @APIResponse(responseCode = "200", description = "The status and its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusView.class),
                    examples = @ExampleObject(name = "under review", value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such idea")
    public StatusView status(@PathParam("id") long id) {
        Idea idea = ideas.require(id, current.audience());
        List<StatusInfo> next = workflow.next(idea.getStatus()).stream().sorted().map(StatusInfo::of).toList();
        return new StatusView(id, StatusInfo.of(idea.getStatus()), next, workflow.history(id).stream().map(StepView::of).toList(),
                ResponseViews.Clock.of(idea));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an idea's status (analysts, admins; moderators when configured), optionally with a note "
            + "and an official answer in the same action",
            description = "Allowed steps come from KRING_RESPONSES_TRANSITIONS (default NEW → UNDER_REVIEW → PLANNED → "
                    + "IN_PROGRESS → DONE, any → DECLINED). The note is plain text up to 2,000 characters; the answer is "
                    + "Markdown up to 10,000, rendered and sanitised like posts; language nl or en (default: the idea's).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusInput.class),
            examples = @ExampleObject(name = "plan it and answer", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The idea moved (and its answer was written)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class),
                    examples = @ExampleObject(name = "planned with an answer", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No status, an unknown status, a note or answer too long, an empty answer")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not on the team")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "The workflow has no such step; `errors` names the allowed ones",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", value = CONFLICT_EXAMPLE)))
    public ResponseView change(@PathParam("id") long id, StatusInput input) {
        long actor = responders.require();
        if (input == null) {
            throw InvalidInput.of("status", "must not be empty");
        }
        return IdeaAnswerResource.view(id, responses.respond(id, actor,
                new Responses.Response(input.status() == null ? "" : input.status(), input.message(), input.answer(), input.language())));
    }
}
