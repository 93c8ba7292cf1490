package org.kring.responses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.problems.InvalidInput;
import org.kring.responses.control.Roadmap;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * The public roadmap page: Planned, In progress and Done side by side (the first ideas of each), or one column page
 * by page when {@code column} is given (column=done is the changelog). Optionally for one topic.
 */
@Named
@RequestScoped
public class RoadmapBean {

    static final int PER_COLUMN = 10;
    static final int PER_PAGE = 30;

    @Inject
    Roadmap roadmap;

    @Inject
    Topics topics;

    private String topic;
    private String column;
    private String cursor;
    private List<Roadmap.Column> columns = List.of();
    private List<Topic> topicChoices = List.of();

    /** View action: the columns; a bad parameter shows a message instead of an error page. */
    public void load() {
        String topicSlug = topic == null || topic.isBlank() ? null : topic;
        // read once: the page's topic filter evaluates its list more than once per render
        topicChoices = topics.all();
        try {
            columns = column == null || column.isBlank() ? roadmap.columns(topicSlug, PER_COLUMN)
                    : List.of(roadmap.column(column, topicSlug, cursor, PER_PAGE));
        } catch (InvalidInput e) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "roadmap.badLink");
        }
    }

    /** The column's name as the page's links carry it (planned, in_progress, done). */
    public String param(Roadmap.Column c) {
        return c.status().name().toLowerCase(Locale.ROOT);
    }

    public List<Roadmap.Column> getColumns() {
        return columns;
    }

    public List<Topic> getTopics() {
        return topicChoices;
    }

    public boolean isOneColumn() {
        return column != null && !column.isBlank();
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
