package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.notifications.control.Announcement;
import org.kring.notifications.control.MemberAudience;
import org.kring.notifications.control.Notifications;
import org.kring.notifications.entity.Notification;
import org.kring.platform.moderation.ModerationState;

/**
 * Tells members what moderation decided, in the decision's own transaction (a durable fan-out row: the notice
 * commits with the decision or not at all; in-app and e-mail follow in the background, by each member's e-mail
 * choice, never to an erased member). The author hears that their contribution was hidden (by a moderator or by
 * flags) or deleted, with the reason, and that it is visible again; each flagger hears whether a moderator upheld
 * or rejected their flag; the author of a contribution held by pre-moderation hears that it waits for a moderator,
 * and then that it was approved (or hidden, with the reason); a sanctioned member hears of the warning, silence, suspension or ban and why. Nobody is
 * told which moderator it was: the notice carries no name.
 * <p>
 * Undo does not take a notice back, nor send a second one to cancel the first: that would double the noise of a
 * slip. A decision undone within the same minute has usually been told already (the fan-out runs twice a second),
 * and that is accepted; an undo tells the author only when it makes their contribution visible again, and flaggers
 * never (their flags wait again and are told of the next decision). Locks and pins tell nobody.
 */
@ApplicationScoped
public class ModerationNotices {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    Notifications notifications;

    @Inject
    Targets targets;

    @Inject
    ModerationLog log;

    void decided(@Observes ModerationDecided decision) {
        tell(List.of(decision));
    }

    void decided(@Observes ModerationDecided.Selection selection) {
        tell(selection.decisions());
    }

    /** The decisions' notices, read and written for all of them at once (a bulk decision is a few statements). */
    private void tell(List<ModerationDecided> decisions) {
        Map<Long, ModerationAction> actions = log.findAll(decisions.stream().map(ModerationDecided::actionId).toList()).stream()
                .collect(Collectors.toMap(ModerationAction::getId, a -> a));
        Map<TargetType, Set<Long>> told = new EnumMap<>(TargetType.class);
        for (ModerationDecided d : decisions) {
            if (!Sanctions.KINDS.contains(d.action()) && (authorsNotice(d, actions.get(d.actionId())) != null || flaggersNotice(d) != null)) {
                told.computeIfAbsent(d.targetType(), t -> new HashSet<>()).add(d.targetId());
            }
        }
        Map<TargetType, Map<Long, Targets.Place>> places = new EnumMap<>(TargetType.class);
        told.forEach((type, ids) -> places.put(type, targets.places(type, ids)));
        List<Announcement> announcements = new ArrayList<>();
        for (ModerationDecided d : decisions) {
            ModerationAction action = actions.get(d.actionId());
            if (Sanctions.KINDS.contains(d.action())) {
                announcements.add(sanctioned(d, action));
                continue;
            }
            Notification.Kind toAuthor = authorsNotice(d, action);
            Notification.Kind toFlaggers = flaggersNotice(d);
            Long moderator = action.getModeratorId();
            if (toAuthor != null) {
                Targets.Place place = places.get(d.targetType()).get(d.targetId());
                announcements.add(new Announcement(MemberAudience.NAME, d.authorId(), moderator, toAuthor, place.subject(), null,
                        toAuthor == Notification.Kind.RESTORED || toAuthor == Notification.Kind.APPROVED ? null : d.reason(), place.link()));
            }
            if (toFlaggers != null && !d.flaggerIds().isEmpty()) {
                Targets.Place place = places.get(d.targetType()).get(d.targetId());
                announcements.add(new Announcement(FlaggerAudience.NAME, d.actionId(), moderator, toFlaggers, place.subject(), null,
                        null, toFlaggers == Notification.Kind.FLAG_UPHELD ? "/notifications.xhtml" : place.link()));
            }
        }
        notifications.announceAll(announcements);
    }

    /** What the flaggers hear, or null. */
    private static Notification.Kind flaggersNotice(ModerationDecided decision) {
        return switch (decision.action()) {
            case HIDE, DELETE, MERGE -> Notification.Kind.FLAG_UPHELD;
            case APPROVE, UNHIDE -> Notification.Kind.FLAG_REJECTED;
            default -> null;
        };
    }

    /**
     * The sanctioned member hears of it with the moderator's reason (a suspended or banned member by e-mail, as they
     * cannot log in); a silence or suspension says until when (in UTC: the mail and the page show the same moment).
     */
    private Announcement sanctioned(ModerationDecided decision, ModerationAction action) {
        Notification.Kind kind = switch (decision.action()) {
            case WARN -> Notification.Kind.WARNED;
            case SILENCE -> Notification.Kind.SILENCED;
            case SUSPEND -> Notification.Kind.SUSPENDED;
            default -> Notification.Kind.BANNED;
        };
        String subject = kind == Notification.Kind.SILENCED || kind == Notification.Kind.SUSPENDED
                ? UNTIL.format(Instant.parse(action.getStateAfter()))
                : targets.place(TargetType.MEMBER, decision.targetId()).subject();
        return new Announcement(MemberAudience.NAME, decision.targetId(), action.getModeratorId(), kind, subject, null,
                decision.reason(), "/notifications.xhtml");
    }

    /** What the author hears, or null: nothing about a member report, a lock or a pin, nor an undo that hides again. */
    private static Notification.Kind authorsNotice(ModerationDecided decision, ModerationAction action) {
        if (decision.authorId() == null || decision.targetType() == TargetType.MEMBER) {
            return null;
        }
        return switch (decision.action()) {
            case AUTO_HIDE -> Notification.Kind.HIDDEN_BY_FLAGS;
            case HIDE -> Notification.Kind.HIDDEN;
            case DELETE -> Notification.Kind.DELETED;
            case HOLD -> Notification.Kind.HELD;
            case APPROVE, UNHIDE, UNDO -> madeVisibleAgain(action) ? visibleNotice(action) : null;
            default -> null;
        };
    }

    /** A held contribution that a moderator approved is published for the first time; anything else is visible again. */
    private static Notification.Kind visibleNotice(ModerationAction action) {
        return ModerationState.HELD.name().equals(action.getStateBefore()) ? Notification.Kind.APPROVED : Notification.Kind.RESTORED;
    }

    private static boolean madeVisibleAgain(ModerationAction action) {
        return ModerationState.PUBLISHED.name().equals(action.getStateAfter())
                && !ModerationState.PUBLISHED.name().equals(action.getStateBefore());
    }
}
