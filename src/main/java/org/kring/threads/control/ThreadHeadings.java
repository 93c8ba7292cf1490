package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thread a selection of threads or posts lives in, as notices and webhooks name it (title, idea), whatever its
 * moderation state: one query for the whole selection, no entity loaded.
 */
@ApplicationScoped
public class ThreadHeadings {

    /** A thread's title, and the idea whose discussion it is (null: a standalone thread). */
    public record Heading(long threadId, String title, Long ideaId) {
    }

    @PersistenceContext
    EntityManager em;

    /** By thread id; a missing thread is left out. */
    public Map<Long, Heading> ofThreads(Collection<Long> threadIds) {
        return read("select t.id, t.id, t.title, t.ideaId from DiscussionThread t where t.id in :ids", threadIds);
    }

    /** By post id: the thread each post is in; a missing post is left out. */
    public Map<Long, Heading> ofPosts(Collection<Long> postIds) {
        return read("select p.id, t.id, t.title, t.ideaId from Post p, DiscussionThread t where t.id = p.threadId and p.id in :ids",
                postIds);
    }

    private Map<Long, Heading> read(String jpql, Collection<Long> ids) {
        Map<Long, Heading> headings = new HashMap<>();
        if (ids.isEmpty()) {
            return headings;
        }
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            headings.put((Long) r[0], new Heading((Long) r[1], (String) r[2], (Long) r[3]));
        }
        return headings;
    }
}
