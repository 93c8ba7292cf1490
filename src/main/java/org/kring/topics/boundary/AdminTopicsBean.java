package org.kring.topics.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.topics.boundary.AdminTopicsResource.AdminTopicView;
import org.kring.topics.control.TopicAdministration;
import org.kring.topics.control.Topics;

/**
 * The admins' topic page: every topic in order with up/down, archive and delete, and one form that creates a topic
 * or changes the one being edited. The same control as the API, so the same rules and the same audit log.
 */
@Named
@ViewScoped
public class AdminTopicsBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("slug", "topic:slug", "nameNl", "topic:nameNl",
            "nameEn", "topic:nameEn", "descriptionNl", "topic:descriptionNl", "descriptionEn", "topic:descriptionEn");

    @Inject
    CurrentMember member;

    @Inject
    Topics topics;

    @Inject
    TopicAdministration administration;

    private boolean allowed;
    private List<AdminTopicView> list = List.of();
    private Long editing;
    private String slug;
    private String nameNl;
    private String nameEn;
    private String descriptionNl;
    private String descriptionEn;

    /** View action: admins only (others see why not). */
    public void load() {
        allowed = member.hasRole(Role.ADMIN);
        if (allowed) {
            list = topics.all().stream().map(AdminTopicView::of).toList();
        }
    }

    public void save() {
        long admin = member.requireRole(Role.ADMIN);
        TopicAdministration.Draft draft = new TopicAdministration.Draft(slug, nameNl, nameEn, descriptionNl, descriptionEn, null);
        boolean created = editing == null;
        if (PageMessages.attempt(() -> slugTakenNextToTheField(() -> {
            if (created) {
                administration.create(draft, admin);
            } else {
                administration.update(editing, draft, admin);
            }
        }), FIELDS)) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, created ? "adminTopics.created" : "adminTopics.saved");
            cancel();
            load();
        }
    }

    /** Puts the topic in the form to change it. */
    public void edit(long id) {
        list.stream().filter(t -> t.id() == id).findFirst().ifPresent(t -> {
            editing = t.id();
            slug = t.slug();
            nameNl = t.nameNl();
            nameEn = t.nameEn();
            descriptionNl = t.descriptionNl();
            descriptionEn = t.descriptionEn();
        });
    }

    /** Empties the form: it creates a new topic again. */
    public void cancel() {
        editing = null;
        slug = nameNl = nameEn = descriptionNl = descriptionEn = null;
    }

    /** Moves a topic one place up (-1) or down (+1) in the order. */
    public void move(long id, int by) {
        long admin = member.requireRole(Role.ADMIN);
        int index = indexOf(id);
        if (index < 0) {
            return;
        }
        AdminTopicView t = list.get(index);
        int place = Math.max(1, index + 1 + by);
        if (PageMessages.attempt(() -> administration.update(id, new TopicAdministration.Draft(null, t.nameNl(), t.nameEn(),
                t.descriptionNl(), t.descriptionEn(), place), admin), Map.of())) {
            load();
        }
    }

    public void archive(long id, boolean archived) {
        long admin = member.requireRole(Role.ADMIN);
        if (PageMessages.attempt(() -> administration.archive(id, archived, admin), Map.of())) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, archived ? "adminTopics.archived" : "adminTopics.unarchived");
            load();
        }
    }

    public void delete(long id) {
        long admin = member.requireRole(Role.ADMIN);
        if (PageMessages.attempt(() -> administration.delete(id, admin), Map.of(), "adminTopics.notEmpty")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "adminTopics.deleted");
            load();
        }
    }

    /** A taken slug is a conflict for the API (409) and a refused field on the page, said next to it. */
    static void slugTakenNextToTheField(Runnable write) {
        try {
            write.run();
        } catch (Conflict taken) {
            if (taken.errors().stream().anyMatch(e -> "slug".equals(e.field()))) {
                InvalidInput.check().that("slug", false, "is taken", "invalid.slugTaken").orThrow();
            }
            throw taken;
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<AdminTopicView> getList() {
        return list;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
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
}
