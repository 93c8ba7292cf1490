package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kring.members.entity.Member;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.audit.AdminLog;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * Admins limit a moderator to topics (or lift the limit with an empty list); {@link org.kring.members.control.ModeratorScope} applies it.
 * Every change is in the admin audit log, from the topics before to the topics after ("all topics" when unlimited).
 */
@ApplicationScoped
public class ModeratorTopics {

    public static final int MAX_TOPICS = 100;
    static final String ALL = "all topics";

    @PersistenceContext
    EntityManager em;

    @Inject
    Topics topics;

    @Inject
    AdminLog adminLog;

    /** The slugs of the topics a member moderates when limited, in board order; empty: not limited. */
    public List<String> of(long memberId) {
        if (em.find(Member.class, memberId) == null) {
            throw new NotFound("There is no member " + memberId + ".");
        }
        return slugs(memberId);
    }

    /** Every moderator's topics (slugs), by member id, in one query; an empty list: not limited. */
    public Map<Long, List<String>> ofModerators() {
        Map<Long, List<String>> byModerator = new HashMap<>();
        List<?> rows = em.createNativeQuery("select m.id, t.slug from member m left join moderator_topic mt on mt.member_id = m.id "
                + "left join topic t on t.id = mt.topic_id where m.role = 'MODERATOR' order by t.position, t.id").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            List<String> slugs = byModerator.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>());
            if (r[1] != null) {
                slugs.add((String) r[1]);
            }
        }
        return byModerator;
    }

    /** Limits a moderator to these topics (slugs); an empty list lifts the limit. The same topics again log nothing. */
    @Transactional
    public List<String> limit(long memberId, List<String> slugs, long adminId) {
        List<String> wanted = slugs == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(slugs));
        InvalidInput.check()
                .that("topics", slugs != null, "must list the topics' slugs (an empty list: every topic)")
                .that("topics", wanted.size() <= MAX_TOPICS, "must list at most " + MAX_TOPICS + " topics")
                .orThrow();
        List<Topic> chosen = new ArrayList<>();
        for (String slug : wanted) {
            Optional<Topic> topic = slug == null ? Optional.empty() : topics.bySlug(slug.strip());
            InvalidInput.check().that("topics", topic.isPresent(), "there is no topic " + slug).orThrow();
            chosen.add(topic.get());
        }
        // Locked: two admins changing the same moderator's topics at once are taken one after the other.
        Member member = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw new NotFound("There is no member " + memberId + ".");
        }
        if (member.getRole() != Member.Role.MODERATOR) {
            throw new Conflict("Member " + memberId + " is " + member.getRole() + ": only moderators can be limited to topics.",
                    "topics", "only a moderator can be limited to topics");
        }
        List<String> before = slugs(memberId);
        em.createNativeQuery("delete from moderator_topic where member_id = ?1").setParameter(1, memberId).executeUpdate();
        for (Topic topic : chosen) {
            em.createNativeQuery("insert into moderator_topic (member_id, topic_id) values (?1, ?2)")
                    .setParameter(1, memberId).setParameter(2, topic.getId()).executeUpdate();
        }
        List<String> after = slugs(memberId);
        if (!after.equals(before)) {
            adminLog.record(adminId, "MODERATOR_TOPICS_CHANGED", TargetType.MEMBER.name(), memberId, named(before), named(after));
        }
        return after;
    }

    @SuppressWarnings("unchecked")
    private List<String> slugs(long memberId) {
        return em.createNativeQuery("select t.slug from moderator_topic mt join topic t on t.id = mt.topic_id "
                + "where mt.member_id = ?1 order by t.position, t.id").setParameter(1, memberId).getResultList();
    }

    private static String named(List<String> slugs) {
        return slugs.isEmpty() ? ALL : String.join(", ", slugs);
    }
}
