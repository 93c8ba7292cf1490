package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kring.members.control.ModeratorScope;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.ModerationAction.Kind;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * Moderators' sanctions on a member: warn (the member is told the moderator's text), silence until a moment
 * (read-only: see {@code members.control.WriteAccess}), suspend until a moment (no login; sessions and tokens stop at
 * once) and ban (a suspension without end). Each is logged with the member's state before, so undo from the log
 * lifts it exactly (a warning cannot be unsaid: its undo is only logged). Admins cannot be sanctioned, and only an
 * admin sanctions a moderator. Expiry is by time: nothing runs when a period ends.
 */
@ApplicationScoped
public class Sanctions {

    public static final Set<Kind> KINDS = Set.of(Kind.WARN, Kind.SILENCE, Kind.SUSPEND, Kind.BAN);
    /** The longest period of a silence or suspension; longer is a ban. */
    static final Duration MAX_PERIOD = Duration.ofDays(3650);
    /** The log's state of a member without this sanction, and of a banned member. */
    static final String NONE = "NONE";
    static final String BANNED = "BANNED";
    static final String WARNED = "WARNED";

    /** A sanction as a moderator sends it: kind, reason (the member is told), and for SILENCE or SUSPEND until when. */
    public record Sanction(String kind, String reason, String until) {
    }

    @Inject
    Members members;

    @Inject
    ModerationLog log;

    @Inject
    ImportContext imports;

    @Inject
    ModeratorScope scope;

    @Inject
    Event<ModerationDecided> decided;

    @Transactional
    public ModerationAction impose(long memberId, Sanction input, long moderatorId, boolean byAdmin) {
        scope.requireUnrestricted(moderatorId, "a sanction on a member");
        Sanction s = input == null ? new Sanction(null, null, null) : input;
        Optional<Kind> kind = Flags.parse(Kind.class, s.kind()).filter(KINDS::contains);
        String reason = s.reason() == null || s.reason().isBlank() ? null : s.reason().strip();
        Optional<Instant> until = moment(s.until());
        Instant now = imports.now().truncatedTo(ChronoUnit.SECONDS);
        boolean timed = kind.isPresent() && (kind.get() == Kind.SILENCE || kind.get() == Kind.SUSPEND);
        InvalidInput.check()
                .that("kind", kind.isPresent(), "must be one of [BAN, SILENCE, SUSPEND, WARN]")
                .that("reason", reason != null, "must say why: the member is told")
                .that("reason", reason == null || reason.length() <= Decisions.MAX_REASON,
                        "must be at most " + Decisions.MAX_REASON + " characters")
                .that("until", !timed || until.isPresent(), "must say when it ends, as a moment such as 2026-12-07T12:00:00Z")
                .that("until", until.isEmpty() || until.get().isAfter(now), "must be in the future")
                .that("until", until.isEmpty() || !until.get().isAfter(now.plus(MAX_PERIOD)), "must be within 10 years (longer is a ban)")
                .that("until", timed || s.until() == null, "goes only with SILENCE or SUSPEND (a ban does not end)")
                .orThrow();
        Member member = members.find(memberId).orElseThrow(() -> new NotFound("There is no member " + memberId + "."));
        if (memberId == moderatorId) {
            throw new Forbidden("You cannot sanction yourself.");
        }
        if (member.getRole() == Member.Role.ADMIN) {
            throw new Forbidden("An admin cannot be sanctioned.");
        }
        if (member.getRole() == Member.Role.MODERATOR && !byAdmin) {
            throw new Forbidden("Only an admin can sanction a moderator.");
        }
        Instant end = until.map(u -> u.truncatedTo(ChronoUnit.SECONDS)).orElse(null);
        String before = switch (kind.get()) {
            case WARN -> NONE;
            case SILENCE -> name(members.silence(memberId, end));
            case SUSPEND -> name(members.suspend(memberId, end));
            default -> name(members.suspend(memberId, Members.BANNED));
        };
        String after = switch (kind.get()) {
            case WARN -> WARNED;
            case BAN -> BANNED;
            default -> name(end);
        };
        ModerationAction action = log.record(null, moderatorId, kind.get(), TargetType.MEMBER, memberId, memberId, reason,
                before, after, null, now);
        decided.fire(new ModerationDecided(action.getId(), kind.get(), TargetType.MEMBER, memberId, memberId, List.of(), reason,
                false, now));
        return action;
    }

    /** Undo: the member gets the state before the sanction back (a warning stays said); answers the state it had. */
    @Transactional(Transactional.TxType.MANDATORY)
    String lift(ModerationAction sanction) {
        Instant restored = end(sanction.getStateBefore());
        return switch (sanction.getAction()) {
            case SILENCE -> name(members.silence(sanction.getTargetId(), restored));
            case SUSPEND, BAN -> name(members.suspend(sanction.getTargetId(), restored));
            default -> sanction.getStateAfter();
        };
    }

    /** How the log writes a sanction's end: NONE, BANNED or the moment (seconds, at most 20 characters). */
    static String name(Instant until) {
        return until == null ? NONE : until.equals(Members.BANNED) ? BANNED : until.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The end a logged state names (null: none). */
    private static Instant end(String state) {
        return NONE.equals(state) ? null : BANNED.equals(state) ? Members.BANNED : Instant.parse(state);
    }

    private static Optional<Instant> moment(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
