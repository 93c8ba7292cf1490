package org.kring.topics.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.LocaleBean;
import org.kring.platform.faces.PageMessages;
import org.kring.topics.boundary.ChallengesResource.ChallengeView;
import org.kring.topics.control.ChallengeAdministration;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;

/**
 * The admins' challenge page: every challenge with edit and close, one form that creates a challenge or changes the
 * one being edited (moments typed in the community's time zone), and the outcome of the one being edited.
 */
@Named
@ViewScoped
public class AdminChallengesBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("topic", "challenge:topic"),
            Map.entry("slug", "challenge:slug"), Map.entry("titleNl", "challenge:titleNl"), Map.entry("titleEn", "challenge:titleEn"),
            Map.entry("descriptionNl", "challenge:descriptionNl"), Map.entry("descriptionEn", "challenge:descriptionEn"),
            Map.entry("coverText", "challenge:coverText"), Map.entry("opensAt", "challenge:opensAt"),
            Map.entry("closesAt", "challenge:closesAt"));
    private static final Map<String, String> OUTCOME_FIELDS = Map.of("outcomeNl", "outcome:outcomeNl", "outcomeEn", "outcome:outcomeEn");

    /** A topic to choose, by slug, named in the reader's language. */
    public record TopicChoice(String slug, String name) implements Serializable {
    }

    @Inject
    CurrentMember member;

    @Inject
    Challenges challenges;

    @Inject
    Topics topics;

    @Inject
    ChallengeAdministration administration;

    @Inject
    LocaleBean locale;

    private boolean allowed;
    private List<ChallengeView> list = List.of();
    private List<TopicChoice> topicChoices = List.of();
    private Long editing;
    private String topic;
    private String slug;
    private String titleNl;
    private String titleEn;
    private String descriptionNl;
    private String descriptionEn;
    private String coverText;
    private String opensAt;
    private String closesAt;
    private String outcomeNl;
    private String outcomeEn;

    /** View action: admins only (others see why not). */
    public void load() {
        allowed = member.hasRole(Role.ADMIN);
        if (allowed) {
            list = challenges.list(null).stream().map(ChallengeView::of).toList();
            topicChoices = topics.listed().stream().map(t -> new TopicChoice(t.getSlug(), t.name(locale.getLocale()))).toList();
        }
    }

    public void save() {
        long admin = member.requireRole(Role.ADMIN);
        ChallengeAdministration.Draft draft = new ChallengeAdministration.Draft(topic, slug, titleNl, titleEn, descriptionNl,
                descriptionEn, coverText, instant(opensAt), instant(closesAt));
        boolean created = editing == null;
        if (PageMessages.attempt(() -> AdminTopicsBean.slugTakenNextToTheField(() -> {
            if (created) {
                administration.create(draft, admin);
            } else {
                administration.update(editing, draft, admin);
            }
        }), FIELDS)) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, created ? "adminChallenges.created" : "adminChallenges.saved");
            cancel();
            load();
        }
    }

    public void edit(long id) {
        list.stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> {
            editing = c.id();
            topic = c.topic();
            slug = c.slug();
            titleNl = c.titleNl();
            titleEn = c.titleEn();
            descriptionNl = c.descriptionNl();
            descriptionEn = c.descriptionEn();
            coverText = c.coverText();
            opensAt = local(c.opensAt());
            closesAt = local(c.closesAt());
            outcomeNl = c.outcomeNl();
            outcomeEn = c.outcomeEn();
        });
    }

    public void cancel() {
        editing = null;
        topic = slug = titleNl = titleEn = descriptionNl = descriptionEn = coverText = opensAt = closesAt = null;
        outcomeNl = outcomeEn = null;
    }

    public void close(long id) {
        long admin = member.requireRole(Role.ADMIN);
        if (PageMessages.attempt(() -> administration.close(id, admin), Map.of())) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "adminChallenges.closed");
            load();
        }
    }

    public void publishOutcome() {
        long admin = member.requireRole(Role.ADMIN);
        long id = editing;
        if (PageMessages.attempt(() -> administration.publishOutcome(id, new ChallengeAdministration.Outcome(outcomeNl, outcomeEn),
                admin), OUTCOME_FIELDS)) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "adminChallenges.outcomePublished");
            cancel();
            load();
        }
    }

    /** A moment typed as in datetime-local (2026-12-01T08:00) in the community's zone; anything else is left for the control to refuse. */
    static String instant(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(LocaleBean.COMMUNITY_ZONE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return typed;
        }
    }

    private static String local(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), LocaleBean.COMMUNITY_ZONE).toString();
    }

    /** Now, for showing "close" only on challenges that still take (or will take) ideas. */
    public Instant getNow() {
        return Instant.now();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<ChallengeView> getList() {
        return list;
    }

    public List<TopicChoice> getTopicChoices() {
        return topicChoices;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public void setDescriptionNl(String descriptionNl) {
        this.descriptionNl = descriptionNl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getCoverText() {
        return coverText;
    }

    public void setCoverText(String coverText) {
        this.coverText = coverText;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public String getOutcomeNl() {
        return outcomeNl;
    }

    public void setOutcomeNl(String outcomeNl) {
        this.outcomeNl = outcomeNl;
    }

    public String getOutcomeEn() {
        return outcomeEn;
    }

    public void setOutcomeEn(String outcomeEn) {
        this.outcomeEn = outcomeEn;
    }
}
