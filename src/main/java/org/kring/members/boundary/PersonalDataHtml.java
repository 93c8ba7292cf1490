package org.kring.members.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The export (PersonalDataExport's JSON) as a page a member can read and print: each section a heading, each list
 * a table, every value escaped. Generic over the sections, so a feature that adds a share appears without a change.
 */
final class PersonalDataHtml {

    private PersonalDataHtml() {
    }

    static String render(JsonObject export) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Your data in Kring</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:70rem}table{border-collapse:collapse;"
                + "width:100%;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top;"
                + "overflow-wrap:anywhere}th{background:#f2f2f2}</style></head><body><h1>Your data in Kring</h1>");
        html.append("<p>Exported at ").append(escape(text(export.get("exportedAt")))).append(" for member ")
                .append(escape(text(export.get("memberId")))).append(".</p>");
        export.forEach((section, value) -> {
            if (value instanceof JsonObject || value instanceof JsonArray) {
                html.append("<h2>").append(escape(section)).append("</h2>");
                part(html, value, 3);
            }
        });
        return html.append("</body></html>").toString();
    }

    private static void part(StringBuilder html, JsonValue value, int level) {
        if (value instanceof JsonObject object) {
            object.forEach((name, inner) -> {
                html.append("<h").append(level).append('>').append(escape(name)).append("</h").append(level).append('>');
                part(html, inner, Math.min(level + 1, 6));
            });
        } else if (value instanceof JsonArray array) {
            table(html, array);
        } else {
            html.append("<p>").append(escape(text(value))).append("</p>");
        }
    }

    private static void table(StringBuilder html, JsonArray rows) {
        if (rows.isEmpty()) {
            html.append("<p>(none)</p>");
            return;
        }
        List<String> columns = new ArrayList<>(rows.getJsonObject(0).keySet());
        html.append("<table><thead><tr>");
        columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (JsonValue row : rows) {
            html.append("<tr>");
            columns.forEach(c -> html.append("<td>").append(escape(text(row.asJsonObject().get(c)))).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
