package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.PersonalDataExport;

/**
 * The pages' download of "my data" (the API's is GET /api/v1/members/me/data): /my-data for JSON, /my-data?format=html
 * for a readable page. A plain GET with the web session: it changes nothing, and another site cannot read the answer.
 */
@WebServlet("/my-data")
public class MyDataServlet extends HttpServlet {

    @Inject
    CurrentMember current;

    @Inject
    PersonalDataExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (current.id().isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        long id = current.id().get();
        response.setHeader("Cache-Control", "no-store");
        if ("html".equals(request.getParameter("format"))) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            export.write(id, json);
            JsonObject data;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json.toByteArray()))) {
                data = reader.readObject();
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PersonalDataHtml.render(data).getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"kring-my-data.json\"");
        export.write(id, response.getOutputStream());
    }
}
