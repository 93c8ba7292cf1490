package org.kring.ideas.control;

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
import org.kring.ideas.entity.Idea;
import org.kring.members.control.ProfileChanged;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.search.control.IndexedContributions;
import org.kring.search.control.SearchOutbox;
import org.kring.search.control.SegmentFields;

/** Ideas as the search index stores them. */
@ApplicationScoped
public class IdeaDocuments implements IndexedContributions {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Override
    public String type() {
        return SearchOutbox.IDEA;
    }

    @Override
    public Map<Long, Map<String, Object>> documents(Collection<Long> ids) {
        Map<Long, Map<String, Object>> documents = new HashMap<>();
        em.createQuery("select i from Idea i join fetch i.topic join fetch i.author left join fetch i.challenge "
                        + "where i.id in :ids", Idea.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(idea -> documents.put(idea.getId(), document(idea)));
        return documents;
    }

    @Override
    public Map<Long, Map<String, Object>> counters(Collection<Long> ids) {
        Map<Long, Map<String, Object>> counters = new HashMap<>();
        for (Object[] row : em.createQuery("select i.id, i.voteCount, i.postCount from Idea i where i.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            counters.put((Long) row[0], Map.of("vote_count", row[1], "post_count", row[2]));
        }
        return counters;
    }

    /** The author's segment is in each of their ideas' documents: write them again when it changes. */
    void profileChanged(@Observes ProfileChanged changed) {
        em.createQuery("select i.id from Idea i where i.author.id = :author", Long.class)
                .setParameter("author", changed.memberId()).getResultList()
                .forEach(id -> outbox.changed(SearchOutbox.IDEA, id));
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return em.createQuery("select i.id from Idea i where i.id > :after order by i.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(i) from Idea i", Long.class).getSingleResult();
    }

    static Map<String, Object> document(Idea idea) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "idea");
        doc.put("id", idea.getId());
        doc.put("idea_id", idea.getId());
        doc.put("title", idea.getTitle());
        doc.put("body", MarkdownRenderer.toPlainText(idea.getBodyHtml()));
        doc.put("language", idea.getLanguage());
        doc.put("topic", idea.getTopic().getSlug());
        doc.put("status", idea.getStatus().name());
        doc.put("moderation_state", idea.getModerationState().name());
        doc.put("tags", idea.getTags());
        if (idea.getChallenge() != null) {
            doc.put("challenge", idea.getChallenge().getSlug());
        }
        doc.put("author_id", idea.getAuthor().getId());
        SegmentFields.add(doc, idea.getAuthor());
        doc.put("created_at", idea.getCreatedAt().toString());
        doc.put("updated_at", idea.getUpdatedAt().toString());
        doc.put("vote_count", idea.getVoteCount());
        doc.put("post_count", idea.getPostCount());
        doc.put("suggest", idea.getTitle());
        return doc;
    }
}
