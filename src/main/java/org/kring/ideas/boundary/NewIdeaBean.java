package org.kring.ideas.boundary;

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
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.faces.WritingForm;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.search.control.Search;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;

/**
 * Posting an idea: topic or open challenge, title, Markdown body with a preview, tags. While the member
 * types the title, existing ideas like it are offered ("vote on this one instead?").
 */
@Named
@ViewScoped
public class NewIdeaBean extends WritingForm {

    static final Map<String, String> FIELDS = Map.of("title", "idea:title", "body", "idea:body", "tags", "idea:tags",
            "topic", "idea:topic", "challenge", "idea:topic", "language", "idea:language");

    /** A choice in the topic menu: a topic, or an open challenge in it ("topic|challenge"). */
    public record Choice(String value, String label) implements Serializable {
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

    private String where;
    private String tags;
    private List<SimilarIdea> similar = List.of();
    private List<Choice> choices;

    public List<Choice> getChoices() {
        if (choices == null) {
            List<Challenge> open = challenges.openAt(Instant.now());
            choices = topics.listed().stream().<Choice>mapMulti((Topic t, java.util.function.Consumer<Choice> out) -> {
                out.accept(new Choice(t.getSlug(), t.name(locale.getLocale())));
                open.stream().filter(c -> c.getTopic().getId().equals(t.getId())).forEach(c -> out.accept(
                        new Choice(t.getSlug() + "|" + c.getSlug(), t.name(locale.getLocale()) + " \u2014 " + c.title(locale.getLocale()))));
            }).toList();
        }
        return choices;
    }

    /** The published ideas most like the title (and body) typed so far. */
    public void findSimilar() {
        String title = getTitle();
        similar = title == null || title.strip().length() < 4 ? List.of()
                : SimilarIdea.find(search, title.strip(), getBody(), null);
    }

    /** The body as it will look: rendered and sanitised exactly as when posted. */
    public String getPreviewHtml() {
        String body = getBody();
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
        PageMessages.attempt(() -> {
            Idea idea = ideas.post(new IdeaDraft(getTitle(), getBody(), tagList, topic, challenge, getLanguage()), me);
            Pages.redirect("/idea.xhtml?id=" + idea.getId());
        }, FIELDS);
        return null;
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public List<SimilarIdea> getSimilar() {
        return similar;
    }
}
