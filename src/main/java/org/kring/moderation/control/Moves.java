package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.ModerationAction.Kind;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.topics.control.Topics;

/**
 * A moderator moves an idea (with its thread and posts) to another topic and optionally a challenge, or a standalone
 * thread to another topic. Logged with the place before ("topic" or "topic/challenge", slugs), so that undoing it
 * from the log moves it back; the index and the topic boards follow (boards count live, the owning features
 * re-index). A move goes to a topic that is not archived (members can no longer post there); undoing one may go back
 * to an archived topic, as it restores where the item was.
 */
@ApplicationScoped
public class Moves {

    /** A move as a moderator sends it: the topic's slug, for an idea optionally a challenge's slug, and why. */
    public record MoveInput(String topic, String challenge, String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Ideas ideas;

    @Inject
    Threads threads;

    @Inject
    Topics topics;

    @Inject
    ModerationLog log;

    @Inject
    ImportContext imports;

    @Inject
    ModeratorScope scope;

    @Transactional
    public ModerationAction moveIdea(long ideaId, MoveInput input, long moderatorId) {
        MoveInput in = checked(input);
        Idea idea = ideas.lock(ideaId);
        if (idea == null) {
            throw new NotFound("There is no idea " + ideaId + ".");
        }
        String before = place(idea);
        String challenge = in.challenge() == null || in.challenge().isBlank() ? null : in.challenge().strip();
        String after = place(in.topic().strip(), challenge);
        InvalidInput.check().that("topic", !after.equals(before), "is where the idea already is").orThrow();
        requireBoth(moderatorId, idea.getTopic().getId(), in.topic().strip(), "idea " + ideaId);
        notArchived(in.topic().strip());
        ideas.move(idea, in.topic().strip(), challenge, false);
        followItems(TargetType.IDEA, ideaId, idea.getTopic().getSlug());
        return log.record(null, moderatorId, Kind.MOVE, TargetType.IDEA, ideaId, idea.getAuthor().getId(), reason(in), before, after,
                null, now());
    }

    @Transactional
    public ModerationAction moveThread(long threadId, MoveInput input, long moderatorId) {
        MoveInput in = checked(input);
        InvalidInput.check().that("challenge", in.challenge() == null || in.challenge().isBlank(),
                "only ideas answer a challenge; a thread moves to a topic").orThrow();
        DiscussionThread thread = threads.find(threadId, Audience.STAFF)
                .orElseThrow(() -> new NotFound("There is no thread " + threadId + "."));
        String topic = in.topic().strip();
        InvalidInput.check().that("topic", !topic.equals(thread.getTopic().getSlug()), "is where the thread already is").orThrow();
        requireBoth(moderatorId, thread.getTopic().getId(), topic, "thread " + threadId);
        notArchived(topic);
        String before = threads.move(threadId, topic);
        followItems(TargetType.THREAD, threadId, topic);
        return log.record(null, moderatorId, Kind.MOVE, TargetType.THREAD, threadId, thread.getAuthor().getId(), reason(in), before,
                topic, null, now());
    }

    /** Undoing a move (or undoing its undo): back to the place the log line names. Returns the place it had. */
    @Transactional(Transactional.TxType.MANDATORY)
    String moveBack(TargetType type, long id, String place) {
        String[] parts = place.split("/", 2);
        String current;
        if (type == TargetType.IDEA) {
            Idea idea = ideas.lock(id);
            if (idea == null) {
                throw new NotFound("There is no idea " + id + ".");
            }
            current = place(idea);
            ideas.move(idea, parts[0], parts.length > 1 ? parts[1] : null, true);
        } else {
            current = threads.move(id, parts[0]);
        }
        followItems(type, id, parts[0]);
        return current;
    }

    /** An unknown slug is refused where the move happens (ideas, threads). */
    private void notArchived(String slug) {
        boolean archived = topics.bySlug(slug).map(topic -> !topic.isListed()).orElse(false);
        InvalidInput.check().that("topic", !archived, "is archived: it takes no new ideas or threads").orThrow();
    }

    private static MoveInput checked(MoveInput input) {
        MoveInput in = input == null ? new MoveInput(null, null, null) : input;
        InvalidInput.check()
                .that("topic", in.topic() != null && !in.topic().isBlank(), "must name the topic to move to")
                .that("reason", in.reason() == null || in.reason().strip().length() <= Decisions.MAX_REASON,
                        "must be at most " + Decisions.MAX_REASON + " characters")
                .orThrow();
        return in;
    }

    private static String reason(MoveInput in) {
        return in.reason() == null || in.reason().isBlank() ? null : in.reason().strip();
    }

    /**
     * A moderator limited to topics moves only between their topics. An unknown destination is left to the move itself,
     * which names the field.
     */
    private void requireBoth(long moderatorId, long fromTopicId, String toSlug, String what) {
        List<Long> touched = new ArrayList<>(List.of(fromTopicId));
        topics.bySlug(toSlug).ifPresent(to -> touched.add(to.getId()));
        scope.requireTopics(moderatorId, touched, what);
    }

    /** The queue's topic filter follows the moved contribution. */
    private void followItems(TargetType type, long id, String topicSlug) {
        em.createNativeQuery("update moderation_item set topic_id = (select id from topic where slug = ?1) "
                        + "where target_type = ?2 and target_id = ?3")
                .setParameter(1, topicSlug).setParameter(2, type.name()).setParameter(3, id).executeUpdate();
    }

    private static String place(Idea idea) {
        return place(idea.getTopic().getSlug(), idea.getChallenge() == null ? null : idea.getChallenge().getSlug());
    }

    private static String place(String topic, String challenge) {
        return challenge == null ? topic : topic + "/" + challenge;
    }

    private Instant now() {
        return imports.now().truncatedTo(ChronoUnit.MICROS);
    }
}
