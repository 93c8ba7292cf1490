package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kring.moderation.entity.Flag;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.ModerationItem;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.platform.ratelimit.WriteRateLimiter;

/**
 * Members flag content (or a member). One flag per member and target; each adds its weight to the target's queue
 * item in one atomic update, and the flag whose weight makes the score reach the topic's threshold hides the target
 * in the same transaction. Exact under concurrency: the unique keys decide which rows are new, the row lock of the
 * item orders the score updates, and only the one update that turns {@code auto_hidden} on hides.
 */
@ApplicationScoped
public class Flags {

    public static final int MAX_TEXT = 500;

    /** A flag as a member sends it. */
    public record FlagInput(String targetType, Long targetId, String reason, String text, Long duplicateOf) {
    }

    /** What the flag did: the item it is on, whether it was new, the item's score and whether it is now hidden. */
    public record Flagged(long itemId, boolean created, BigDecimal score, boolean hidden) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Targets targets;

    @Inject
    ModerationSettings settings;

    @Inject
    ModerationLog log;

    @Inject
    ImportContext imports;

    @Inject
    Event<ModerationDecided> decided;

    @Inject
    Event<ContentFlagged> flagged;

    @Inject
    WriteRateLimiter limiter;

    @Transactional
    public Flagged flag(FlagInput input, long memberId, boolean staff) {
        FlagInput in = input == null ? new FlagInput(null, null, null, null, null) : input;
        Optional<TargetType> type = parse(TargetType.class, in.targetType());
        Optional<Flag.Reason> reason = parse(Flag.Reason.class, in.reason());
        String text = in.text() == null || in.text().isBlank() ? null : in.text().strip();
        InvalidInput.check()
                .that("targetType", type.isPresent(), "must be one of " + Arrays.toString(TargetType.values()))
                .that("targetId", in.targetId() != null && in.targetId() > 0, "must be the id of what you flag")
                .that("reason", reason.isPresent(), "must be one of " + Arrays.toString(Flag.Reason.values()))
                .that("text", text == null || text.length() <= MAX_TEXT, "must be at most " + MAX_TEXT + " characters")
                .that("text", text != null || reason.orElse(null) != Flag.Reason.OTHER, "must say what is wrong when the reason is OTHER")
                .that("duplicateOf", in.duplicateOf() != null || reason.orElse(null) != Flag.Reason.DUPLICATE,
                        "must name the idea this one duplicates")
                .orThrow();
        if (in.duplicateOf() != null) {
            InvalidInput.check().that("duplicateOf", !in.duplicateOf().equals(in.targetId())
                    && targets.find(TargetType.IDEA, in.duplicateOf(), Audience.PUBLIC).isPresent(),
                    "must be the id of another idea").orThrow();
        }
        Targets.Target target = targets.find(type.get(), in.targetId(), Audience.PUBLIC)
                .or(() -> hiddenByFlags(type.get(), in.targetId()))
                .orElseThrow(() -> new NotFound("There is no " + type.get().name().toLowerCase(Locale.ROOT) + " " + in.targetId() + "."));
        if (target.authorId() == memberId) {
            throw new Forbidden(type.get() == TargetType.MEMBER ? "You cannot flag yourself." : "You cannot flag your own "
                    + type.get().name().toLowerCase(Locale.ROOT) + ".");
        }
        limiter.requireMayWrite(memberId);
        Instant now = imports.now();
        long itemId = openItem(target, now);
        FlagWeight weight = weight(memberId, staff);
        int inserted = em.createNativeQuery("insert into flag (id, item_id, flagger_id, reason, text, duplicate_of, weight, "
                        + "weight_basis, created_at, updated_at) values (nextval('flag_seq'), ?1, ?2, ?3, cast(?4 as varchar), "
                        + "cast(?5 as bigint), ?6, ?7, ?8, ?8) on conflict do nothing")
                .setParameter(1, itemId).setParameter(2, memberId).setParameter(3, reason.get().name()).setParameter(4, text)
                .setParameter(5, in.duplicateOf()).setParameter(6, weight.weight()).setParameter(7, weight.basis())
                .setParameter(8, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        if (inserted == 1) {
            em.createNativeQuery("update moderation_item set score = score + ?1, flag_count = flag_count + 1, last_reason = ?2 "
                    + "where id = ?3").setParameter(1, weight.weight()).setParameter(2, reason.get().name()).setParameter(3, itemId)
                    .executeUpdate();
        } else {
            // A second flag by the same member only updates the reason: one member, one weight.
            em.createNativeQuery("update flag set reason = ?1, text = cast(?2 as varchar), duplicate_of = cast(?3 as bigint), "
                            + "updated_at = ?4 where item_id = ?5 and flagger_id = ?6")
                    .setParameter(1, reason.get().name()).setParameter(2, text).setParameter(3, in.duplicateOf())
                    .setParameter(4, now.atOffset(ZoneOffset.UTC)).setParameter(5, itemId).setParameter(6, memberId).executeUpdate();
            em.createNativeQuery("update moderation_item set last_reason = ?1 where id = ?2")
                    .setParameter(1, reason.get().name()).setParameter(2, itemId).executeUpdate();
        }
        boolean hidden = inserted == 1 && target.type() != TargetType.MEMBER && autoHide(itemId, target, now);
        BigDecimal score = new BigDecimal(em.createNativeQuery("select score from moderation_item where id = ?1")
                .setParameter(1, itemId).getSingleResult().toString());
        if (inserted == 1) {
            flagged.fire(new ContentFlagged(target.type(), target.id(), reason.get().name(), score, hidden, now));
        }
        return new Flagged(itemId, inserted == 1, score, hidden);
    }

    /**
     * The target's queue item, opened if it had none or was decided (new flags after a decision start a new round:
     * score and flag count count that round's flags).
     */
    long openItem(Targets.Target target, Instant now) {
        em.createNativeQuery("insert into moderation_item (id, target_type, target_id, author_id, topic_id, state, score, "
                        + "flag_count, auto_hidden, opened_at) values (nextval('moderation_item_seq'), ?1, ?2, ?3, cast(?4 as bigint), "
                        + "'OPEN', 0, 0, false, ?5) on conflict do nothing")
                .setParameter(1, target.type().name()).setParameter(2, target.id()).setParameter(3, target.authorId())
                .setParameter(4, target.topicId()).setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        long itemId = ((Number) em.createNativeQuery("select id from moderation_item where target_type = ?1 and target_id = ?2")
                .setParameter(1, target.type().name()).setParameter(2, target.id()).getSingleResult()).longValue();
        em.createNativeQuery("update moderation_item set state = 'OPEN', score = 0, flag_count = 0, auto_hidden = false, "
                        + "opened_at = ?1, decided_at = null, decided_by = null, decision = null, held_reason = null "
                        + "where id = ?2 and state = 'DECIDED'")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, itemId).executeUpdate();
        return itemId;
    }

    /** Hides the target when this flag made the score reach the threshold: exactly one transaction wins. */
    private boolean autoHide(long itemId, Targets.Target target, Instant now) {
        int won = em.createNativeQuery("update moderation_item set auto_hidden = true where id = ?1 and state = 'OPEN' "
                        + "and auto_hidden = false and score >= ?2")
                .setParameter(1, itemId).setParameter(2, settings.hideScore(target.topicId())).executeUpdate();
        if (won == 0) {
            return false;
        }
        ModerationState before = targets.moderate(target.type(), target.id(), ModerationState.HIDDEN);
        ModerationAction action = log.record(itemId, null, ModerationAction.Kind.AUTO_HIDE, target.type(), target.id(),
                target.authorId(), explanation(itemId, target.topicId(), true), before.name(), ModerationState.HIDDEN.name(), null, now);
        decided.fire(new ModerationDecided(action.getId(), action.getAction(), target.type(), target.id(), target.authorId(),
                flaggers(itemId), action.getReason(), true, now));
        return true;
    }

    /**
     * A target that flags hid and that waits for a moderator still takes flags: members who saw it a moment before it
     * was hidden (50 at once) all count, and the score stays exact. Anything else hidden is missing to members.
     */
    private Optional<Targets.Target> hiddenByFlags(TargetType type, long id) {
        boolean waiting = !em.createNativeQuery("select 1 from moderation_item where target_type = ?1 and target_id = ?2 "
                + "and state = 'OPEN' and auto_hidden = true").setParameter(1, type.name()).setParameter(2, id).getResultList().isEmpty();
        return waiting ? targets.find(type, id, Audience.STAFF).filter(t -> t.state() == ModerationState.HIDDEN) : Optional.empty();
    }

    /** The flagger's weight: their earlier flags' outcomes, or a moderator's. */
    FlagWeight weight(long memberId, boolean staff) {
        if (staff) {
            return FlagWeight.of(true, 0, 0);
        }
        long upheld = 0;
        long rejected = 0;
        for (Object row : em.createNativeQuery("select outcome, count(*) from flag where flagger_id = ?1 and outcome is not null "
                + "group by outcome").setParameter(1, memberId).getResultList()) {
            Object[] r = (Object[]) row;
            long n = ((Number) r[1]).longValue();
            if (Flag.Outcome.UPHELD.name().equals(r[0])) {
                upheld = n;
            } else {
                rejected = n;
            }
        }
        return FlagWeight.of(false, upheld, rejected);
    }

    /** The score of an item's current round in words (flags without an outcome yet). */
    public String explanation(long itemId, Long topicId, boolean autoHidden) {
        List<FlagWeight> weights = em.createQuery("select f from Flag f where f.itemId = :item and f.outcome is null "
                        + "order by f.createdAt, f.id", Flag.class).setParameter("item", itemId).getResultList().stream()
                .map(f -> new FlagWeight(f.getWeight(), f.getWeightBasis())).toList();
        return ScoreExplanation.of(weights, settings.hideScore(topicId), autoHidden);
    }

    /** The members whose flags are in the item's current round. */
    public List<Long> flaggers(long itemId) {
        return flaggers(List.of(itemId)).getOrDefault(itemId, List.of());
    }

    /** The members whose flags are in the current round of each of these items (a bulk decision's, in one query). */
    public Map<Long, List<Long>> flaggers(Collection<Long> itemIds) {
        return em.createQuery("select f.itemId, f.flagger.id from Flag f where f.itemId in :items and f.outcome is null order by f.id",
                        Object[].class).setParameter("items", itemIds).getResultList().stream()
                .collect(Collectors.groupingBy(f -> (Long) f[0], Collectors.mapping(f -> (Long) f[1], Collectors.toList())));
    }

    /** One of a member's flags with the item it is on. */
    public record Mine(Flag flag, ModerationItem item) {
    }

    /** The member's own flags, newest first, with what became of them. */
    public List<Mine> mine(long memberId, int limit) {
        return em.createQuery("select f, i from Flag f, ModerationItem i where i.id = f.itemId and f.flagger.id = :member "
                        + "order by f.createdAt desc, f.id desc", Object[].class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList().stream()
                .map(r -> new Mine((Flag) r[0], (ModerationItem) r[1])).toList();
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
