package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.Explore;
import org.kring.insights.control.Exploration;
import org.kring.insights.control.Question;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.KeysetPaged;

/** The insight workbench's explore, for analysts and admins: any filter, counts, matches, breakdowns, comparisons. */
@Path("insights/explore")
@Produces(MediaType.APPLICATION_JSON)
public class ExploreResource {

    static final String REQUEST_EXAMPLE = """
            {"q": "statiegeld", "type": ["idea"], "from": "2026-03-01", "to": "2026-05-31",
             "segment": {"region": ["Noord-Holland"]}, "versusRest": true, "minVotes": 5, "size": 20}""";

    static final String EXAMPLE = """
            {"total": 42, "votes": 913, "members": 37,
             "matches": [{"type": "idea", "id": 118, "ideaId": 118, "threadId": null,
               "title": "Statiegeld op blikjes ook in de winkel inleveren", "excerpt": "Sinds april ...",
               "highlights": ["<em>Statiegeld</em> op blikjes ook in de winkel inleveren"], "language": "nl",
               "topic": "duurzaamheid", "status": "NEW", "votes": 31, "createdAt": "2026-04-03T09:12:00Z",
               "ageBand": "35-44", "region": "Noord-Holland", "customerType": "consumer", "hidden": false}],
             "next": "bDE3NzUyMDMxMjAwMDAKc2lkZWEKczExOA",
             "breakdowns": {"type": [{"value": "idea", "count": 42}], "region": [{"value": "Noord-Holland", "count": 42}],
               "month": [{"value": "2026-04", "count": 30}, {"value": "2026-05", "count": 12}]},
             "comparison": {"segment": {"total": 42, "votes": 913, "members": 37, "breakdowns": {}},
                            "versus": {"total": 118, "votes": 2210, "members": 96, "breakdowns": {}}}}""";

    @Inject
    CurrentMember member;

    @Inject
    Explore explore;

    @GET
    @Operation(summary = "Explore every contribution: filters, counts, matches, breakdowns, segment comparison (analysts, admins)",
            description = "Every parameter is optional: no q means every contribution. Lists may be repeated (any value matches). "
                    + "from/to are dates or instants, inclusive. ageBand, region and customerType narrow to authors of that "
                    + "segment; versusAgeBand/versusRegion/versusCustomerType or versusRest=true put it beside a second group. "
                    + "Hidden content only with includeHidden=true, marked hidden. Pages through matches with the answer's next.")
    @APIResponse(responseCode = "200", description = "The answer; an empty result when nothing matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Exploration.class),
                    examples = @ExampleObject(name = "a segment against the rest", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter (impossible period, unknown segment value, bad cursor), by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "503", description = "Elasticsearch does not answer")
    @KeysetPaged("after")
    public Exploration get(@BeanParam QuestionParameters parameters) {
        member.requireRole(Role.ANALYST, Role.ADMIN);
        return explore.explore(parameters.question());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same explore with the question as a JSON body (analysts, admins)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Question.class),
            examples = @ExampleObject(name = "a segment against the rest", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The answer; an empty result when nothing matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Exploration.class),
                    examples = @ExampleObject(name = "a segment against the rest", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    public Exploration post(Question question) {
        member.requireRole(Role.ANALYST, Role.ADMIN);
        return explore.explore(question == null ? empty() : question);
    }

    private static Question empty() {
        return new Question(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
