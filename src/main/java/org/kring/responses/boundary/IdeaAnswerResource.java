package org.kring.responses.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.ideas.control.Ideas;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.KeysetPaged;
import org.kring.platform.problems.NotFound;
import org.kring.responses.boundary.ResponseViews.AnswerRevisionView;
import org.kring.responses.boundary.ResponseViews.AnswerView;
import org.kring.responses.boundary.ResponseViews.ResponseView;
import org.kring.responses.boundary.ResponseViews.StatusInfo;
import org.kring.responses.boundary.ResponseViews.StepView;
import org.kring.responses.control.OfficialAnswers;
import org.kring.responses.control.Responders;
import org.kring.responses.control.Responses;
import org.kring.responses.entity.OfficialAnswer;

/** The team's official answer on an idea: read by anyone, written and edited by the team (revisions kept). */
@Path("ideas/{id}/answer")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaAnswerResource {

    static final String ANSWER_EXAMPLE = """
            {"ideaId": 612, "body": "We gaan dit **in maart** proberen in tien winkels.",
             "bodyHtml": "<p>We gaan dit <strong>in maart</strong> proberen in tien winkels.</p>", "language": "nl",
             "by": "Ada Analist", "team": true, "createdAt": "2026-11-30T09:12:00Z", "updatedAt": "2026-11-30T09:12:00Z",
             "edited": false}""";
    static final String REVISIONS_EXAMPLE = """
            [{"id": 90, "body": "We gaan dit in het voorjaar proberen.", "editorId": 3, "editedAt": "2026-11-30T09:40:00Z"}]""";

    /** An answer (Markdown); optionally with a status change and its note in the same action. */
    public record AnswerInput(String body, String language, String status, String message) {
    }

    static final String INPUT_EXAMPLE = """
            {"body": "Goed idee! We testen dit **vanaf maart** in tien winkels.", "language": "nl", "status": "PLANNED"}""";

    @Inject
    CurrentMember current;

    @Inject
    Ideas ideas;

    @Inject
    OfficialAnswers answers;

    @Inject
    Responses responses;

    @Inject
    Responders responders;

    @GET
    @Operation(summary = "An idea's official answer")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerView.class),
                    examples = @ExampleObject(name = "an answer", value = ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such idea, or no official answer yet")
    public AnswerView answer(@PathParam("id") long id) {
        ideas.require(id, current.audience());
        return answers.of(id).map(AnswerView::of).orElseThrow(() -> new NotFound("Idea " + id + " has no official answer yet."));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write or edit an idea's official answer (analysts, admins; moderators when configured), "
            + "optionally changing its status in the same action",
            description = "Markdown up to 10,000 characters, rendered and sanitised like posts; an edit keeps the previous "
                    + "wording as a revision. language nl or en (default: the idea's). status and message as in PUT .../status.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerInput.class),
            examples = @ExampleObject(name = "answer and plan", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The answer is written (and the idea moved)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class),
                    examples = @ExampleObject(name = "planned with an answer", value = IdeaStatusResource.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "An empty or too long answer, a language other than nl or en, an unknown status")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not on the team")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "The workflow has no such status step; `errors` names the allowed ones")
    public ResponseView write(@PathParam("id") long id, AnswerInput input) {
        long actor = responders.require();
        if (input == null) {
            throw InvalidInput.of("answer", "must not be empty");
        }
        return view(id, responses.respond(id, actor,
                new Responses.Response(input.status(), input.message(), input.body() == null ? "" : input.body(), input.language())));
    }

    @GET
    @Path("revisions")
    @Operation(summary = "An official answer's earlier wordings, newest first",
            description = "Keyset pages: pass the id of the last revision of a page as before to get the next page.")
    @APIResponse(responseCode = "200", description = "A page of revisions (empty when never edited)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerRevisionView[].class),
                    examples = @ExampleObject(name = "one earlier wording", value = REVISIONS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit or before is not valid")
    @APIResponse(responseCode = "404", description = "No such idea, or no official answer yet")
    @KeysetPaged("before")
    public List<AnswerRevisionView> revisions(@PathParam("id") long id,
                                              @Parameter(description = "id of the last revision of the previous page") @QueryParam("before") Long before,
                                              @QueryParam("limit") @DefaultValue("20") int limit) {
        OfficialAnswer answer = answers.of(id).orElseThrow(() -> new NotFound("Idea " + id + " has no official answer yet."));
        return answers.revisions(answer.getId(), before, limit).stream().map(AnswerRevisionView::of).toList();
    }

    static ResponseView view(long ideaId, Responses.Outcome outcome) {
        return new ResponseView(ideaId, StatusInfo.of(outcome.status()),
                outcome.change() == null ? null : StepView.of(outcome.change()),
                outcome.answer() == null ? null : AnswerView.of(outcome.answer()));
    }
}
