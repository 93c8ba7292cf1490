package org.kring.ideas.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kring.ideas.control.IdeaDraft;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.ratelimit.TooManyRequests;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.search.control.Search;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;
import org.kring.web.LocaleBean;
import org.kring.web.PageMessages;
import org.kring.web.Pages;

/**
 * Posting an idea: topic or open challenge, title, Markdown body with a preview, tags. While the member
 * types the title, existing ideas like it are offered ("vote on this one instead?").
 */
@Named
@ViewScoped
public class NewIdeaBean implements Serializable {

    static final Map<String, String> FIELDS = Map.of("title", "idea:title", "body", "idea:body", "tags", "idea:tags",
            "topic", "idea:topic", "challenge", "idea:topic", "language", "idea:language");
    static final int SIMILAR = 5;

    /** A choice in the topic menu: a topic, or an open challenge in it ("topic|challenge"). */
    public record Choice(String value, String label) implements Serializable {
    }

    /** An existing idea like the one being typed. */
    public record Similar(long id, String title) implements Serializable {
    }

    @Inject
    Ideas ideas;
    @Inject
    Topics topics;
    @Inject
    Challenges challenges;
    @Inject
    Search search;
    @Inject
    CurrentMember current;
    @Inject
    LocaleBean locale;

    private String where;
    private String title;
    private String body;
    private String tags;
    private String language;
    private List<Similar> similar = List.of();
    private List<Choice> choices;

    public List<Choice> getChoices() {
        if (choices == null) {
            List<Challenge> open = challenges.openAt(Instant.now());
            choices = topics.all().stream().<Choice>mapMulti((Topic t, java.util.function.Consumer<Choice> out) -> {
                out.accept(new Choice(t.getSlug(), t.name(locale.getLocale())));
                open.stream().filter(c -> c.getTopic().getId().equals(t.getId())).forEach(c -> out.accept(
                        new Choice(t.getSlug() + "|" + c.getSlug(), t.name(locale.getLocale()) + " \u2014 " + c.title(locale.getLocale()))));
            }).toList();
        }
        return choices;
    }

    /** The ideas most like the title typed so far (from search; none while search is unavailable). */
    public void findSimilar() {
        if (title == null || title.strip().length() < 4) {
            similar = List.of();
            return;
        }
        try {
            similar = search.query(title.strip(), 0, 20).results().stream()
                    .filter(r -> "idea".equals(r.type()) && r.title() != null)
                    .limit(SIMILAR).map(r -> new Similar(r.id(), r.title())).toList();
        } catch (RuntimeException e) { // Search.Unavailable or a refused query: no suggestions, posting still works
            similar = List.of();
        }
    }

    /** The body as it will look: rendered and sanitised exactly as when posted. */
    public String getPreviewHtml() {
        return body == null || body.isBlank() ? "" : MarkdownRenderer.toSafeHtml(body.strip());
    }

    public void preview() {
        // the AJAX request has set the body; the preview re-renders from it
    }

    public String post() {
        long me = current.requireId();
        String topic = where == null ? null : where.split("\\|")[0];
        String challenge = where != null && where.contains("|") ? where.split("\\|")[1] : null;
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
        String lang = language == null ? locale.getLanguage() : language;
        try {
            Idea idea = ideas.post(new IdeaDraft(title, body, tagList, topic, challenge, lang), me);
            Pages.redirect("/idea.xhtml?id=" + idea.getId());
        } catch (InvalidInput invalid) {
            PageMessages.fieldErrors(invalid, FIELDS);
        } catch (TooManyRequests e) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, "error.tooMany", e.retryAfterSeconds());
        }
        return null;
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLanguage() {
        return language == null ? locale.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Similar> getSimilar() {
        return similar;
    }
}
