package org.kring.insights.boundary;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kring.insights.control.Question;
import org.kring.insights.control.Question.Segment;
import org.kring.platform.problems.InvalidInput;

/** The workbench's filters as query parameters, shared by explore, themes and trends (each may be repeated). */
public class QuestionParameters {

    @QueryParam("q")
    @Parameter(description = "words; none means every contribution")
    String q;

    @QueryParam("type")
    @Parameter(description = "idea, post or thread")
    List<String> type;

    @QueryParam("topic")
    List<String> topic;

    @QueryParam("challenge")
    List<String> challenge;

    @QueryParam("status")
    @Parameter(description = "an idea status, e.g. NEW or PLANNED")
    List<String> status;

    @QueryParam("tag")
    List<String> tag;

    @QueryParam("language")
    @Parameter(description = "nl or en")
    List<String> language;

    @QueryParam("from")
    @Parameter(description = "created on or after: 2026-11-01 or 2026-11-01T10:00:00Z")
    String from;

    @QueryParam("to")
    @Parameter(description = "created on or before: 2026-11-30 or 2026-11-30T23:59:59Z")
    String to;

    @QueryParam("ageBand")
    @Parameter(description = "the authors' age band, e.g. 25-34")
    List<String> ageBand;

    @QueryParam("region")
    @Parameter(description = "the authors' region, e.g. Noord-Holland")
    List<String> region;

    @QueryParam("customerType")
    @Parameter(description = "consumer or business")
    List<String> customerType;

    @QueryParam("minVotes")
    @Parameter(description = "ideas with at least this many votes")
    String minVotes;

    @QueryParam("includeHidden")
    @Parameter(description = "also content taken out of view, marked hidden")
    Boolean includeHidden;

    @QueryParam("versusAgeBand")
    List<String> versusAgeBand;

    @QueryParam("versusRegion")
    List<String> versusRegion;

    @QueryParam("versusCustomerType")
    List<String> versusCustomerType;

    @QueryParam("versusRest")
    @Parameter(description = "compare the segment with everyone outside it")
    Boolean versusRest;

    @QueryParam("size")
    @Parameter(description = "matches per page, 1 to 100 (20)")
    String size;

    @QueryParam("after")
    @Parameter(description = "the next cursor of the previous page")
    String after;

    Question question() {
        return new Question(q, type, topic, challenge, status, tag, language, from, to,
                new Segment(ageBand, region, customerType), whole("minVotes", minVotes), includeHidden,
                new Segment(versusAgeBand, versusRegion, versusCustomerType), versusRest, whole("size", size), after);
    }

    /** A whole number from a query parameter (a 400 on its field rather than JAX-RS's 404 for a bad one). */
    static Integer whole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "must be a whole number");
        }
    }
}
