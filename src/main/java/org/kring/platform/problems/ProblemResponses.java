package org.kring.platform.problems;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the error answers of every API operation in /openapi, so that each resource declares only which 4xx it
 * gives and why: every 4xx and 5xx carries an application/problem+json body with the {@link Problem} schema (defined
 * once, in META-INF/openapi.yaml), and every operation declares the 500 and the 503 (database or search engine away,
 * with Retry-After) that any request can get. Registered as mp.openapi.filter in microprofile-config.properties.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.contains("/api/v1/") && item.getOperations() != null) {
                item.getOperations().values().forEach(ProblemResponses::complete);
            }
        });
    }

    private static void complete(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        if (responses != null) {
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    withProblemBody(response);
                }
            });
        }
        if (!operation.getResponses().hasAPIResponse("500")) {
            operation.getResponses().addAPIResponse("500", withProblemBody(OASFactory.createAPIResponse()
                    .description("An unexpected failure on Kring's side: the problem's requestId finds it in the log")));
        }
        if (!operation.getResponses().hasAPIResponse("503")) {
            operation.getResponses().addAPIResponse("503", withProblemBody(OASFactory.createAPIResponse()
                    .description("The database or the search engine cannot be reached right now; try again after Retry-After")));
        }
        APIResponse unavailable = operation.getResponses().getAPIResponse("503");
        if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
            unavailable.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        }
    }

    /** Gives an error answer the problem+json body, keeping what the resource declared (e.g. its examples). */
    private static APIResponse withProblemBody(APIResponse response) {
        Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(SCHEMA));
        }
        response.setContent(content);
        return response;
    }
}
