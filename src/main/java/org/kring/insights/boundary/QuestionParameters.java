package org.kring.insights.boundary;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.kring.insights.control.Question;
import org.kring.insights.control.Question.Segment;
import org.kring.platform.problems.InvalidInput;

/**
 * The workbench's filters as query parameters, shared by explore, themes, trends and export (lists may be repeated).
 * No OpenAPI {@code @Parameter} on these fields: Payara's generator fails on one in a bean parameter (a null path in
 * ApplicationProcessor.visitParameter) and then serves no document at all; the operations describe them instead.
 */
public class QuestionParameters {

    @QueryParam("q")
    String q;

    @QueryParam("type")
    List<String> type;

    @QueryParam("topic")
    List<String> topic;

    @QueryParam("challenge")
    List<String> challenge;

    @QueryParam("status")
    List<String> status;

    @QueryParam("tag")
    List<String> tag;

    @QueryParam("language")
    List<String> language;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("ageBand")
    List<String> ageBand;

    @QueryParam("region")
    List<String> region;

    @QueryParam("customerType")
    List<String> customerType;

    @QueryParam("minVotes")
    String minVotes;

    @QueryParam("includeHidden")
    Boolean includeHidden;

    @QueryParam("versusAgeBand")
    List<String> versusAgeBand;

    @QueryParam("versusRegion")
    List<String> versusRegion;

    @QueryParam("versusCustomerType")
    List<String> versusCustomerType;

    @QueryParam("versusRest")
    Boolean versusRest;

    @QueryParam("size")
    String size;

    @QueryParam("after")
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
