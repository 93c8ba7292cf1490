package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kring.members.control.ModeratorScope;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.ModerationAction.Kind;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * Members on watch: a moderator puts a member on watch (with a reason) and every idea, thread and post they write
 * waits for a moderator (see {@link PreModeration}) until a moderator takes them off. Both are logged with the state
 * before (NONE or WATCHED) and undone from the log. The member is not told: a watch is a moderators' precaution.
 */
@ApplicationScoped
public class Watches {

    static final String WATCHED = "WATCHED";
    static final String NONE = "NONE";

    /** Why a moderator puts a member on watch, or takes them off. */
    public record WatchInput(String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Members members;

    @Inject
    ModerationLog log;

    @Inject
    ImportContext imports;

    @Inject
    Event<ModerationDecided> decided;

    @Inject
    ModeratorScope scope;

    /** Puts the member on watch; a 409 when they already are. */
    @Transactional
    public ModerationAction watch(long memberId, WatchInput input, long moderatorId) {
        return change(memberId, input, moderatorId, true);
    }

    /** Takes the member off watch; a 409 when they are not on it. */
    @Transactional
    public ModerationAction unwatch(long memberId, WatchInput input, long moderatorId) {
        return change(memberId, input, moderatorId, false);
    }

    private ModerationAction change(long memberId, WatchInput input, long moderatorId, boolean watch) {
        scope.requireUnrestricted(moderatorId, "putting a member on watch or off it");
        String reason = input == null || input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        InvalidInput.check()
                .that("reason", !watch || reason != null, "must say why: other moderators read it in the log")
                .that("reason", reason == null || reason.length() <= Decisions.MAX_REASON,
                        "must be at most " + Decisions.MAX_REASON + " characters")
                .orThrow();
        Member member = members.find(memberId).orElseThrow(() -> new NotFound("There is no member " + memberId + "."));
        if (watch && member.getRole() != Member.Role.MEMBER) {
            throw new Forbidden("Only members are put on watch: what staff and analysts write is never held.");
        }
        Instant now = imports.now().truncatedTo(ChronoUnit.MICROS);
        String before = set(memberId, watch, reason, moderatorId, now);
        if (before.equals(watch ? WATCHED : NONE)) {
            throw new Conflict(watch ? "Member " + memberId + " is already on watch." : "Member " + memberId + " is not on watch.");
        }
        ModerationAction action = log.record(null, moderatorId, watch ? Kind.WATCH : Kind.UNWATCH, TargetType.MEMBER, memberId,
                memberId, reason, before, watch ? WATCHED : NONE, null, now);
        decided.fire(new ModerationDecided(action.getId(), action.getAction(), TargetType.MEMBER, memberId, memberId, List.of(),
                reason, false, now));
        return action;
    }

    /** Whether the member is on watch (one primary-key probe). */
    public boolean isWatched(long memberId) {
        return !em.createNativeQuery("select 1 from member_watch where member_id = ?1").setParameter(1, memberId)
                .getResultList().isEmpty();
    }

    /** Puts the member on watch or takes them off inside the caller's transaction; answers the state before. */
    @Transactional(Transactional.TxType.MANDATORY)
    String set(long memberId, boolean watched, String reason, Long moderatorId, Instant now) {
        int removed = em.createNativeQuery("delete from member_watch where member_id = ?1").setParameter(1, memberId).executeUpdate();
        if (watched) {
            em.createNativeQuery("insert into member_watch (member_id, reason, watched_by, since) values (?1, ?2, cast(?3 as bigint), ?4)")
                    .setParameter(1, memberId).setParameter(2, reason == null ? "(restored)" : reason).setParameter(3, moderatorId)
                    .setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        }
        return removed == 1 ? WATCHED : NONE;
    }
}
