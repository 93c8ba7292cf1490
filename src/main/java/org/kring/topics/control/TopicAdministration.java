package org.kring.topics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kring.platform.audit.AdminLog;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.topics.entity.Topic;

/**
 * What admins do with topics: create, rename, reorder, archive, and delete while empty. Every change is in the admin
 * audit log with the state before and after. The slug is fixed at creation: it is in links, feeds and the search index.
 * Names are required in both languages (no fallback): a board in one language only would look broken to the other.
 */
@ApplicationScoped
public class TopicAdministration {

    /** Lower-case letters and digits in words joined by single hyphens, as in URLs: "duurzaamheid", "winkel-en-service". */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A topic as an admin writes it; position (1 = first) is optional: new topics go last, edits keep their place. */
    public record Draft(String slug, String nameNl, String nameEn, String descriptionNl, String descriptionEn, Integer position) {
    }

    static final String TARGET = "TOPIC";

    @PersistenceContext
    EntityManager em;

    @Inject
    Topics topics;

    @Inject
    AdminLog log;

    @Transactional
    public Topic create(Draft draft, long adminId) {
        InvalidInput.Checks checks = InvalidInput.check();
        checkSlug(checks, draft.slug(), 2, 60);
        checkTexts(checks, draft).orThrow();
        String slug = draft.slug().strip();
        if (topics.bySlug(slug).isPresent()) {
            throw slugTaken(slug);
        }
        Topic topic = new Topic(slug, draft.nameNl().strip(), draft.nameEn().strip(), strip(draft.descriptionNl()),
                strip(draft.descriptionEn()), Integer.MAX_VALUE);
        em.persist(topic);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw slugTaken(slug); // two admins creating the same slug at once: the unique constraint decides
        }
        List<Topic> order = reorder(topic, draft.position());
        log.record(adminId, "TOPIC_CREATED", TARGET, topic.getId(), null, summary(topic, order));
        return topic;
    }

    @Transactional
    public Topic update(long id, Draft draft, long adminId) {
        Topic topic = require(id);
        InvalidInput.Checks checks = checkTexts(InvalidInput.check(), draft);
        checks.that("slug", draft.slug() == null || draft.slug().strip().equals(topic.getSlug()),
                "cannot change: it is in links, feeds and the search index").orThrow();
        String before = summary(topic, topics.all());
        topic.rename(draft.nameNl().strip(), draft.nameEn().strip(), strip(draft.descriptionNl()), strip(draft.descriptionEn()));
        List<Topic> order = draft.position() == null ? topics.all() : reorder(topic, draft.position());
        log.record(adminId, "TOPIC_CHANGED", TARGET, id, before, summary(topic, order));
        return topic;
    }

    /** Archives (true) or lists again (false); doing what is already so changes and logs nothing. */
    @Transactional
    public Topic archive(long id, boolean archived, long adminId) {
        Topic topic = require(id);
        if (topic.isListed() == archived) {
            String before = String.valueOf(topic.getArchivedAt());
            topic.archive(archived ? Instant.now() : null);
            log.record(adminId, archived ? "TOPIC_ARCHIVED" : "TOPIC_UNARCHIVED", TARGET, id, before,
                    String.valueOf(topic.getArchivedAt()));
        }
        return topic;
    }

    /** Deletes a topic that holds nothing (no ideas, threads or challenges): a 409 otherwise (archive it instead). */
    @Transactional
    public void delete(long id, long adminId) {
        Topic topic = require(id);
        if (holdsAnything(id)) {
            throw new Conflict("Topic '" + topic.getSlug() + "' holds ideas, threads or challenges: archive it instead.");
        }
        String before = summary(topic, List.of());
        em.remove(topic);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // e.g. a moderation threshold of its own: the foreign key refuses, and the admin archives instead
            throw new Conflict("Topic '" + topic.getSlug() + "' is still referred to: archive it instead.");
        }
        log.record(adminId, "TOPIC_DELETED", TARGET, id, before, null);
    }

    public Topic require(long id) {
        return topics.find(id).orElseThrow(() -> new NotFound("There is no topic " + id + "."));
    }

    /** The tables that keep a topic's content (a native query: topics sits below ideas and threads). */
    private boolean holdsAnything(long id) {
        Number found = (Number) em.createNativeQuery("select case when exists (select 1 from idea where topic_id = ?) "
                        + "or exists (select 1 from discussion_thread where topic_id = ?) "
                        + "or exists (select 1 from challenge where topic_id = ?) then 1 else 0 end")
                .setParameter(1, id).setParameter(2, id).setParameter(3, id).getSingleResult();
        return found.longValue() > 0;
    }

    /**
     * Puts the topic at the given place (1 = first; past the end = last) and numbers every topic 1..n again, so the
     * order has no gaps or ties. Archived topics keep their place among the others. Answers the new order.
     */
    private List<Topic> reorder(Topic topic, Integer position) {
        List<Topic> order = new ArrayList<>(topics.all());
        order.remove(topic);
        int place = position == null ? order.size() : Math.clamp(position - 1L, 0, order.size());
        order.add(place, topic);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getPosition() != i + 1) {
                order.get(i).moveTo(i + 1);
            }
        }
        return order;
    }

    private static InvalidInput.Checks checkTexts(InvalidInput.Checks checks, Draft draft) {
        return checks.text("nameNl", draft.nameNl(), 1, 80).text("nameEn", draft.nameEn(), 1, 80)
                .text("descriptionNl", draft.descriptionNl(), 0, 400).text("descriptionEn", draft.descriptionEn(), 0, 400)
                .that("position", draft.position() == null || draft.position() >= 1, "must be 1 or more");
    }

    /** The slug rules, shared with challenges. */
    static InvalidInput.Checks checkSlug(InvalidInput.Checks checks, String slug, int min, int max) {
        checks.text("slug", slug, min, max);
        return checks.that("slug", slug == null || slug.strip().length() < min || SLUG.matcher(slug.strip()).matches(),
                "must be lower-case letters and digits in words joined by hyphens, e.g. winkel-en-service");
    }

    static Conflict slugTaken(String slug) {
        return new Conflict("The slug '" + slug + "' is taken.", "slug", "is taken");
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The audited state: names, place in the order and whether archived. */
    private static String summary(Topic t, List<Topic> order) {
        int place = order.indexOf(t) + 1;
        return "slug=" + t.getSlug() + "; nameNl=" + t.getNameNl() + "; nameEn=" + t.getNameEn()
                + (place > 0 ? "; position=" + place : "") + (t.isListed() ? "" : "; archivedAt=" + t.getArchivedAt());
    }
}
