package org.kring.responses.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.ideas.entity.Idea;
import org.kring.responses.boundary.ResponseViews.StatusInfo;

/** The statuses an idea can have, for clients that draw the badges as the pages do. */
@Path("statuses")
@Produces(MediaType.APPLICATION_JSON)
public class StatusesResource {

    @GET
    @Operation(summary = "Every idea status with its Dutch and English label and its badge colour, in workflow order")
    @APIResponse(responseCode = "200", description = "The statuses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StatusInfo.class),
                    examples = @ExampleObject(name = "the first two", value = """
                            [{"name": "NEW", "labelNl": "Nieuw", "labelEn": "New", "color": "#e4e7eb"},
                             {"name": "UNDER_REVIEW", "labelNl": "Wordt bekeken", "labelEn": "Under review", "color": "#fbefc4"}]""")))
    public List<StatusInfo> all() {
        return Arrays.stream(Idea.Status.values()).map(StatusInfo::of).toList();
    }
}
