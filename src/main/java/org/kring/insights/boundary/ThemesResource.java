package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.Themes;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.InvalidInput;

/** Emerging themes of the workbench's current filter and period, for analysts and admins. */
@Path("insights/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

    static final String EXAMPLE = """
            {"from": "2026-04-01T00:00:00Z", "to": "2026-05-31T23:59:59.999Z", "against": "previous",
             "themes": [{"term": "statiegeld", "label": "statiegeld", "language": "nl", "count": 48, "previousCount": 6,
               "change": 700, "score": 2.91,
               "examples": [{"type": "idea", "id": 118, "title": "Statiegeld op blikjes",
                             "excerpt": "Sinds het nieuws over meer statiegeld sta ik elke week ..."}]}]}""";

    @Inject
    CurrentMember member;

    @Inject
    Themes themes;

    @GET
    @Operation(summary = "Emerging themes: words unusually frequent in the period (analysts, admins)",
            description = "The same filters as explore; the period is from/to (the last 30 days when absent). against=rest "
                    + "compares with the whole community under the same other filters, against=previous with the period of "
                    + "the same length just before. size: how many themes, 1 to 30 (10). A theme's label is a good filter: q=label.")
    @APIResponse(responseCode = "200", description = "The themes, most significant first; none when nothing stands out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Themes.Emerging.class),
                    examples = @ExampleObject(name = "deposits after the news", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "503", description = "Elasticsearch does not answer")
    public Themes.Emerging get(@BeanParam QuestionParameters parameters,
                               @Parameter(description = "rest (default) or previous") @QueryParam("against") @DefaultValue("rest") String against) {
        member.requireRole(Role.ANALYST, Role.ADMIN);
        Themes.Against compared;
        try {
            compared = Themes.Against.valueOf(against.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("against", "must be rest or previous");
        }
        return themes.emerging(parameters.question(), compared);
    }
}
