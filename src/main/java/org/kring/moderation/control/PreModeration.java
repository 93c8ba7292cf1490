package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.moderation.NewMemberHold;
import org.kring.platform.moderation.Screening;

/**
 * Pre-moderation: screens, in the transaction that stores a contribution, its texts against the watched words
 * ({@link WatchedWords}: block, censor, hold), decides whether it waits for a moderator, and puts what waits in the
 * queue. Held are contributions with a HOLD word, those of members on watch ({@link Watches}) and of new members
 * ({@link NewMemberHold}), never what staff or analysts write.
 * A held contribution is stored HELD: members do not see it (the one rule, {@code Audience}), its author does, marked;
 * approving it from the queue publishes it (index and counts follow), rejecting (HIDE) keeps it out with a reason,
 * the author is told either way, and each step is logged and undoable like any decision.
 */
@ApplicationScoped
public class PreModeration implements Screening {

    static final String ON_WATCH = "member on watch";

    @PersistenceContext
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Watches watches;

    @Inject
    WatchedWords watchedWords;

    @Inject
    NewMemberHold newMembers;

    @Inject
    Targets targets;

    @Inject
    Flags flags;

    @Inject
    ModerationLog log;

    @Inject
    ImportContext imports;

    @Inject
    Event<ModerationDecided> decided;

    /**
     * Watched words first (a BLOCK word refuses the text whoever writes it, REPLACE words are censored), then whether
     * it waits: a HOLD word, a member on watch, a new member.
     */
    @Override
    public Verdict screen(Draft draft) {
        WordPatterns.Screened words = watchedWords.patterns().screen(draft.language(), draft.fields());
        return new Verdict(words.fields(), holdReason(draft.authorId(), words.holdWord().orElse(null)));
    }

    /** Why this writer's contribution must wait, or null. What staff and analysts write is never held. */
    private String holdReason(long writerId, String holdWord) {
        Member writer = members.find(writerId).orElse(null);
        if (writer == null || writer.getRole() != Member.Role.MEMBER) {
            return null;
        }
        if (holdWord != null) {
            return "watched word \u201c" + holdWord + "\u201d";
        }
        if (watches.isWatched(writerId)) {
            return ON_WATCH;
        }
        Duration days = newMembers.firstDays();
        if (!days.isZero() && writer.getCreatedAt().plus(days).isAfter(imports.now())) {
            return "new member: first " + days.toDays() + " days";
        }
        int first = newMembers.firstContributions();
        if (first > 0 && published(writerId, first) < first) {
            return "new member: first " + first + " contributions";
        }
        return null;
    }

    /**
     * How many of the member's ideas and posts members see, counted up to {@code atMost} only: two index range scans
     * (idea_author_created, post_author) that stop early, whatever the member wrote in all.
     */
    private long published(long memberId, int atMost) {
        String published = ModerationState.PUBLISHED.name();
        Number ideas = (Number) em.createNativeQuery("select count(*) from (select 1 from idea where author_id = ?1 "
                        + "and moderation_state = ?2 limit " + atMost + ") i").setParameter(1, memberId).setParameter(2, published)
                .getSingleResult();
        Number posts = (Number) em.createNativeQuery("select count(*) from (select 1 from post where author_id = ?1 "
                        + "and moderation_state = ?2 and not deleted limit " + atMost + ") p").setParameter(1, memberId)
                .setParameter(2, published).getSingleResult();
        return ideas.longValue() + posts.longValue();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void held(Kind kind, long id, String reason) {
        TargetType type = TargetType.valueOf(kind.name());
        Targets.Target target = targets.find(type, id, Audience.STAFF).orElseThrow();
        Instant now = imports.now().truncatedTo(ChronoUnit.MICROS);
        long itemId = flags.openItem(target, now);
        em.createNativeQuery("update moderation_item set held_reason = ?1 where id = ?2")
                .setParameter(1, reason).setParameter(2, itemId).executeUpdate();
        String before = ModerationState.PUBLISHED.name();
        ModerationAction action = log.record(itemId, null, ModerationAction.Kind.HOLD, type, id, target.authorId(), reason,
                before, ModerationState.HELD.name(), null, now);
        decided.fire(new ModerationDecided(action.getId(), action.getAction(), type, id, target.authorId(), List.of(), reason,
                true, now));
    }
}
