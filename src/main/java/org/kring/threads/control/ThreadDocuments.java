package org.kring.threads.control;

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
import org.kring.members.control.ProfileChanged;
import org.kring.search.control.IndexedContributions;
import org.kring.search.control.SearchOutbox;
import org.kring.search.control.SegmentFields;
import org.kring.threads.entity.DiscussionThread;

/** Standalone threads as the search index stores them (an idea's thread is not indexed: the idea is). */
@ApplicationScoped
public class ThreadDocuments implements IndexedContributions {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Override
    public String type() {
        return Threads.THREAD;
    }

    @Override
    public Map<Long, Map<String, Object>> documents(Collection<Long> ids) {
        Map<Long, Map<String, Object>> documents = new HashMap<>();
        em.createQuery("select t from DiscussionThread t join fetch t.topic where t.id in :ids and t.ideaId is null",
                        DiscussionThread.class)
                .setParameter("ids", ids).getResultList()
                .forEach(t -> documents.put(t.getId(), document(t)));
        return documents;
    }

    /** The author's segment is in each of their threads' documents: write them again when it changes. */
    void profileChanged(@Observes ProfileChanged changed) {
        em.createQuery("select t.id from DiscussionThread t where t.author.id = :author and t.ideaId is null", Long.class)
                .setParameter("author", changed.memberId()).getResultList()
                .forEach(id -> outbox.changed(Threads.THREAD, id));
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return em.createQuery("select t.id from DiscussionThread t where t.id > :after and t.ideaId is null order by t.id",
                Long.class).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from DiscussionThread t where t.ideaId is null", Long.class).getSingleResult();
    }

    static Map<String, Object> document(DiscussionThread t) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", Threads.THREAD);
        doc.put("id", t.getId());
        doc.put("thread_id", t.getId());
        doc.put("title", t.getTitle());
        doc.put("language", t.getLanguage());
        doc.put("topic", t.getTopic().getSlug());
        doc.put("moderation_state", t.getModerationState().name());
        doc.put("author_id", t.getAuthor().getId());
        SegmentFields.add(doc, t.getAuthor());
        doc.put("created_at", t.getCreatedAt().toString());
        doc.put("updated_at", t.getUpdatedAt().toString());
        doc.put("post_count", t.getPostCount());
        doc.put("suggest", t.getTitle());
        return doc;
    }
}
