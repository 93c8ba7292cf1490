package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.Csv;
import org.kring.insights.control.Export;
import org.kring.insights.control.Filter;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;

/** The workbench's current result as a download: every matching contribution, streamed, in CSV or JSON. */
@Path("insights/export")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String CSV_EXAMPLE = """
            type,id,idea_id,thread_id,title,text,language,topic,challenge,status,tags,votes,created_at,age_band,region,customer_type,moderation_state
            idea,118,118,,Statiegeld op blikjes,"Sinds het nieuws over meer statiegeld, elke week...",nl,verpakking,,NEW,statiegeld|blikjes,31,2026-04-03T09:12:00Z,35-44,Noord-Holland,consumer,PUBLISHED
            """;
    static final String JSON_EXAMPLE = """
            [{"type": "idea", "id": 118, "idea_id": 118, "thread_id": null, "title": "Statiegeld op blikjes",
              "text": "Sinds het nieuws over meer statiegeld, elke week...", "language": "nl", "topic": "verpakking",
              "challenge": null, "status": "NEW", "tags": ["statiegeld", "blikjes"], "votes": 31,
              "created_at": "2026-04-03T09:12:00Z", "age_band": "35-44", "region": "Noord-Holland",
              "customer_type": "consumer", "moderation_state": "PUBLISHED"}]""";

    @Inject
    CurrentMember member;

    @Inject
    Export export;

    @GET
    @Path("csv")
    @Produces(CSV)
    @Operation(summary = "Every contribution matching the filter as CSV, streamed (analysts, admins)",
            description = "The same filters as explore. UTF-8 with a byte order mark (Excel shows é, ë, € right); cells that "
                    + "a spreadsheet would run as a formula start with an apostrophe. Tags are separated by |. Newest first.")
    @APIResponse(responseCode = "200", description = "The rows, streamed in constant memory",
            content = @Content(mediaType = CSV, examples = @ExampleObject(name = "one idea", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    public Response csv(@BeanParam QuestionParameters parameters) {
        member.requireRole(Role.ANALYST, Role.ADMIN);
        Filter filter = export.check(parameters.question());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(Csv.BYTE_ORDER_MARK);
            Csv.line(writer, Export.COLUMNS);
            export.each(filter, row -> Csv.line(writer, row.values().stream().map(ExportResource::flat).toList()));
            writer.flush();
        };
        return download(body, "csv");
    }

    @GET
    @Path("json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every contribution matching the filter as a JSON array, streamed (analysts, admins)")
    @APIResponse(responseCode = "200", description = "The rows, streamed in constant memory",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one idea", value = JSON_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    public Response json(@BeanParam QuestionParameters parameters) {
        member.requireRole(Role.ANALYST, Role.ADMIN);
        Filter filter = export.check(parameters.question());
        StreamingOutput body = out -> {
            JsonGenerator json = Json.createGenerator(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
            json.writeStartArray();
            export.each(filter, row -> {
                json.writeStartObject();
                row.forEach((key, value) -> write(json, key, value));
                json.writeEnd();
            });
            json.writeEnd();
            json.close();
        };
        return download(body, "json");
    }

    private static Response download(StreamingOutput body, String extension) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"kring-insights." + extension + "\"").build();
    }

    /** A cell of a CSV row: a list (the tags) joined by |. */
    private static Object flat(Object value) {
        return value instanceof Collection<?> list ? String.join("|", list.stream().map(String::valueOf).toList()) : value;
    }

    private static void write(JsonGenerator json, String key, Object value) {
        switch (value) {
            case null -> json.writeNull(key);
            case Number number -> json.write(key, number.longValue());
            case Boolean flag -> json.write(key, flag);
            case List<?> list -> {
                json.writeStartArray(key);
                list.forEach(item -> json.write(String.valueOf(item)));
                json.writeEnd();
            }
            default -> json.write(key, String.valueOf(value));
        }
    }
}
