package org.kring.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.moderation.control.ModeratorTopics;
import org.kring.platform.faces.PageMessages;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * On the admins' roles page, under each moderator: the topics they are limited to (none ticked: every topic). Read for
 * all moderators in one query; saved through the same control as the API, so it is in the admin audit log.
 */
@Named
@RequestScoped
public class ModeratorTopicsBean {

    @Inject
    CurrentMember member;

    @Inject
    ModeratorTopics moderatorTopics;

    @Inject
    Topics topics;

    private List<Topic> choices;
    /** Per moderator id, per topic slug: ticked. */
    private Map<Long, Map<String, Boolean>> chosen;

    /** The topics to tick, in board order (archived ones too: what they hold is still moderated). */
    public List<Topic> getChoices() {
        if (choices == null) {
            choices = topics.all();
        }
        return choices;
    }

    public Map<Long, Map<String, Boolean>> getChosen() {
        if (chosen == null) {
            chosen = new HashMap<>();
            if (member.hasRole(Role.ADMIN)) {
                moderatorTopics.ofModerators().forEach((id, slugs) -> {
                    Map<String, Boolean> ticks = new HashMap<>();
                    getChoices().forEach(t -> ticks.put(t.getSlug(), slugs.contains(t.getSlug())));
                    chosen.put(id, ticks);
                });
            }
        }
        return chosen;
    }

    public void save(long moderatorId) {
        long admin = member.requireRole(Role.ADMIN);
        List<String> slugs = getChosen().getOrDefault(moderatorId, Map.of()).entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
        if (PageMessages.attempt(() -> moderatorTopics.limit(moderatorId, slugs, admin), Map.of(), "moderatorTopics.refused")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, slugs.isEmpty() ? "moderatorTopics.all" : "moderatorTopics.changed");
            chosen = null;
        }
    }
}
