package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kring.members.entity.Member;
import org.kring.platform.problems.Forbidden;

/**
 * The one rule of what a moderator may moderate. A moderator without topics (no rows in moderator_topic), and every
 * admin, moderates everything. A moderator limited to topics moderates the content of those topics only (a post by its
 * thread's topic): the queue, the log and every decision (moderation), and rewording other members' ideas and posts
 * (ideas, threads). What has no topic (members reported, profiles, sanctions, watches) is for unrestricted moderators.
 * Here, low among the features, because the topics are an attribute of the member's role that every feature which
 * lets moderators act asks; admins set them through moderation's ModeratorTopics. Read once per request: one indexed
 * query.
 */
@ApplicationScoped
public class ModeratorScope {

    /** The topics (ids) a moderator is limited to; empty means every topic and what has none. */
    public record Scope(long moderatorId, Set<Long> topics) {

        public static Scope everything(long moderatorId) {
            return new Scope(moderatorId, Set.of());
        }

        public boolean unrestricted() {
            return topics.isEmpty();
        }

        /** Whether content of this topic (null: something without a topic) is theirs. */
        public boolean covers(Long topicId) {
            return unrestricted() || topicId != null && topics.contains(topicId);
        }

        /** Refuses an action that touches these topics when one is not theirs; {@code what} names it, e.g. "idea 12". */
        public void requireTopics(Collection<Long> topicIds, String what) {
            if (!topicIds.stream().allMatch(this::covers)) {
                throw new Forbidden("The topics of " + what + " are not all among the topics you moderate; nothing changed.");
            }
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The scope of a moderator or admin (the caller checked the role). */
    public Scope of(long moderatorId) {
        Member member = em.find(Member.class, moderatorId);
        if (member == null || member.getRole() == Member.Role.ADMIN) {
            return Scope.everything(moderatorId);
        }
        List<?> rows = em.createNativeQuery("select topic_id from moderator_topic where member_id = ?1")
                .setParameter(1, moderatorId).getResultList();
        Set<Long> topics = rows.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
        return new Scope(moderatorId, topics);
    }

    /**
     * Refuses an action that touches these topics (a move: where from and where to) when one is outside the moderator's;
     * {@code what} names the contribution, e.g. "idea 12".
     */
    public void requireTopics(long moderatorId, Collection<Long> topicIds, String what) {
        of(moderatorId).requireTopics(topicIds, what);
    }

    /** Refuses a moderator limited to topics what concerns a member as a whole (named by {@code what}). */
    public void requireUnrestricted(long moderatorId, String what) {
        if (!of(moderatorId).unrestricted()) {
            throw new Forbidden("You moderate some topics only; " + what + " is for moderators of every topic.");
        }
    }
}
