package org.kring.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kring.ideas.control.IdeaPosted;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.moderation.control.ContentFlagged;
import org.kring.moderation.control.ModerationDecided;
import org.kring.moderation.control.Targets;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.notifications.control.MailSettings;
import org.kring.platform.moderation.Audience;
import org.kring.responses.control.IdeaResponded;
import org.kring.votes.control.IdeaVoted;
import org.kring.webhooks.entity.WebhookEvent;

/**
 * Turns the features' events into queued deliveries, inside each event's transaction (the events are fired
 * synchronously there). A delivery's {@code data} names what happened and links to it; it carries no member's name
 * or e-mail address: receivers are other systems, and what they keep is out of Kring's reach once sent.
 */
@ApplicationScoped
public class WebhookTriggers {

    @Inject
    WebhookOutbox outbox;

    @Inject
    Ideas ideas;

    @Inject
    Targets targets;

    @Inject
    MailSettings site;

    void ideaPosted(@Observes IdeaPosted posted) {
        queue(WebhookEvent.IDEA_POSTED, null, posted.at(), null, () -> {
            Idea idea = ideas.require(posted.ideaId(), Audience.STAFF);
            JsonObjectBuilder data = idea(posted.ideaId(), idea.getTitle()).add("topic", idea.getTopic().getSlug())
                    .add("language", idea.getLanguage());
            if (idea.getChallenge() != null) {
                data.add("challenge", idea.getChallenge().getSlug());
            }
            return data.build();
        });
    }

    void ideaVoted(@Observes IdeaVoted voted) {
        queue(WebhookEvent.IDEA_VOTED_OVER_THRESHOLD, voted.voteCount(), voted.at(), "idea:" + voted.ideaId(), () ->
                idea(voted.ideaId(), ideas.require(voted.ideaId(), Audience.STAFF).getTitle())
                        .add("votes", voted.voteCount()).add("threshold", voted.voteCount()).build());
    }

    void ideaResponded(@Observes IdeaResponded responded) {
        if (responded.to() != null) {
            queue(WebhookEvent.IDEA_STATUS_CHANGED, null, responded.at(), null, () -> {
                JsonObjectBuilder data = idea(responded.ideaId(), responded.title()).add("from", responded.from().name())
                        .add("to", responded.to().name());
                return (responded.message() == null ? data.addNull("message") : data.add("message", responded.message())).build();
            });
        }
        if (responded.answer() != null) {
            queue(WebhookEvent.IDEA_ANSWERED, null, responded.at(), null, () ->
                    idea(responded.ideaId(), responded.title()).add("answer", responded.answer()).build());
        }
    }

    void contentFlagged(@Observes ContentFlagged flagged) {
        queue(WebhookEvent.CONTENT_FLAGGED, null, flagged.at(), null, () -> target(flagged.targetType(), flagged.targetId())
                .add("reason", flagged.reason()).add("score", flagged.score()).add("hidden", flagged.hidden()).build());
    }

    void decided(@Observes ModerationDecided decision) {
        hidden(List.of(decision));
    }

    void decided(@Observes ModerationDecided.Selection selection) {
        hidden(selection.decisions());
    }

    /** Content hidden by hand or by flags, asked about once for a whole selection (the listeners, the targets' places). */
    private void hidden(List<ModerationDecided> decisions) {
        List<ModerationDecided> hides = decisions.stream().filter(d -> (d.action() == ModerationAction.Kind.HIDE
                || d.action() == ModerationAction.Kind.AUTO_HIDE) && d.targetType() != TargetType.MEMBER).toList();
        if (hides.isEmpty()) {
            return;
        }
        List<Long> hooks = outbox.listeners(WebhookEvent.CONTENT_HIDDEN, null);
        if (hooks.isEmpty()) {
            return;
        }
        Map<TargetType, Map<Long, Targets.Place>> places = new EnumMap<>(TargetType.class);
        hides.stream().collect(Collectors.groupingBy(ModerationDecided::targetType, Collectors.mapping(ModerationDecided::targetId,
                Collectors.toSet()))).forEach((type, ids) -> places.put(type, targets.places(type, ids)));
        outbox.queueAll(hooks, WebhookEvent.CONTENT_HIDDEN, hides.stream().map(d -> {
            JsonObjectBuilder data = target(d.targetType(), d.targetId(), places.get(d.targetType()).get(d.targetId()))
                    .add("automatic", d.automatic());
            return new WebhookOutbox.Occurrence((d.reason() == null ? data.addNull("reason") : data.add("reason", d.reason())).build(),
                    d.at(), null);
        }).toList());
    }

    private void queue(WebhookEvent event, Integer voteCount, Instant at, String onceKey, Supplier<JsonObject> data) {
        List<Long> hooks = outbox.listeners(event, voteCount);
        if (!hooks.isEmpty()) {
            outbox.queue(hooks, event, data.get(), at, onceKey);
        }
    }

    private JsonObjectBuilder idea(long id, String title) {
        return WebhookOutbox.JSON.createObjectBuilder().add("ideaId", id).add("title", title)
                .add("url", site.publicUrl() + "/idea.xhtml?id=" + id);
    }

    /** A flagged or hidden target: its type and id, and for content its title and page (a member has neither). */
    private JsonObjectBuilder target(TargetType type, long id) {
        return target(type, id, type == TargetType.MEMBER ? null : targets.place(type, id));
    }

    private JsonObjectBuilder target(TargetType type, long id, Targets.Place place) {
        JsonObjectBuilder data = WebhookOutbox.JSON.createObjectBuilder().add("targetType", type.name()).add("targetId", id);
        if (place != null) {
            data.add("title", place.subject()).add("url", site.publicUrl() + place.link());
        }
        return data;
    }
}
