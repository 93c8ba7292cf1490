package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kring.ideas.control.IdeaEdited;
import org.kring.ideas.control.IdeaModerated;
import org.kring.ideas.control.IdeaMoved;
import org.kring.ideas.entity.Idea;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.responses.entity.OfficialAnswer;
import org.kring.search.control.IndexedContributions;
import org.kring.search.control.SearchOutbox;

/**
 * Official answers as the search index stores them (type {@code answer}), one per idea and keyed by the idea's id, so a
 * hit leads to the idea: the answer's text under the idea's title, topic and visibility (an answer on a hidden idea is
 * hidden). What the document takes from its idea is written again when the idea is edited, moderated or moved.
 */
@ApplicationScoped
public class AnswerDocuments implements IndexedContributions {

    public static final String ANSWER = "answer";

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Override
    public String type() {
        return ANSWER;
    }

    @Override
    public Map<Long, Map<String, Object>> documents(Collection<Long> ideaIds) {
        List<OfficialAnswer> answers = em.createQuery("select a from OfficialAnswer a join fetch a.author where a.ideaId in :ids", OfficialAnswer.class)
                .setParameter("ids", ideaIds).getResultList();
        Map<Long, Map<String, Object>> documents = new HashMap<>();
        if (answers.isEmpty()) {
            return documents;
        }
        Map<Long, Idea> ideas = em.createQuery("select i from Idea i join fetch i.topic where i.id in :ids", Idea.class)
                .setParameter("ids", answers.stream().map(OfficialAnswer::getIdeaId).toList()).getResultStream()
                .collect(Collectors.toMap(Idea::getId, Function.identity()));
        answers.forEach(a -> documents.put(a.getIdeaId(), document(a, ideas.get(a.getIdeaId()))));
        return documents;
    }

    @Override
    public List<Long> idsAfter(long afterIdeaId, int limit) {
        return em.createQuery("select a.ideaId from OfficialAnswer a where a.ideaId > :after order by a.ideaId", Long.class)
                .setParameter("after", afterIdeaId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from OfficialAnswer a", Long.class).getSingleResult();
    }

    void ideaEdited(@Observes IdeaEdited edited) {
        ideaChanged(edited.ideaId());
    }

    void ideaModerated(@Observes IdeaModerated moderated) {
        ideaChanged(moderated.ideaId());
    }

    void ideaMoved(@Observes IdeaMoved moved) {
        ideaChanged(moved.ideaId());
    }

    /** Called in the idea's transaction: its answer's document follows (nothing when it has none). */
    private void ideaChanged(long ideaId) {
        if (em.createQuery("select count(a) from OfficialAnswer a where a.ideaId = :idea", Long.class).setParameter("idea", ideaId)
                .getSingleResult() > 0) {
            outbox.changed(ANSWER, ideaId);
        }
    }

    static Map<String, Object> document(OfficialAnswer a, Idea idea) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", ANSWER);
        doc.put("id", a.getIdeaId());
        doc.put("idea_id", a.getIdeaId());
        doc.put("title", idea.getTitle());
        doc.put("body", MarkdownRenderer.toPlainText(a.getBodyHtml()));
        doc.put("language", a.getLanguage());
        doc.put("topic", idea.getTopic().getSlug());
        doc.put("moderation_state", idea.getModerationState().name());
        doc.put("author_id", a.getAuthor().getId());
        doc.put("created_at", a.getCreatedAt().toString());
        doc.put("updated_at", a.getUpdatedAt().toString());
        return doc;
    }
}
