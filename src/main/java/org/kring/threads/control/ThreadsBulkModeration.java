package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kring.ideas.control.IdeasBulkModeration;
import org.kring.platform.database.Positional;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.NotFound;
import org.kring.search.control.SearchOutbox;

/**
 * {@link Posts#moderate} and {@link Threads#moderate} for a moderator's selection at once (a bulk decision of up to
 * 200 items): a few statements whatever its size, with the same outcome as one call per item (states, the counts
 * members see, the search outbox). No entity is loaded, so the caller's persistence context stays small.
 */
@ApplicationScoped
public class ThreadsBulkModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    IdeasBulkModeration ideas;

    /** Puts these posts in the state; returns the state each had. A missing post is a 404 and changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, ModerationState> posts(Collection<Long> postIds, ModerationState state) {
        Positional read = new Positional();
        List<?> rows = read.bind(em.createNativeQuery("select p.id, p.moderation_state, p.deleted, p.thread_id, t.idea_id "
                + "from post p join discussion_thread t on t.id = p.thread_id where p.id in " + read.list(postIds))).getResultList();
        Map<Long, ModerationState> before = new HashMap<>();
        List<Long> changed = new ArrayList<>();
        List<Long> counted = new ArrayList<>();
        List<Long> standaloneThreads = new ArrayList<>();
        Map<Long, Integer> ideaDeltas = new LinkedHashMap<>();
        int delta = state == ModerationState.PUBLISHED ? 1 : -1;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            ModerationState was = ModerationState.valueOf((String) r[1]);
            before.put(id, was);
            if (was == state) {
                continue;
            }
            changed.add(id);
            if (Posts.visibleDelta(was, state, (Boolean) r[2]) != 0) {
                counted.add(id);
                if (r[4] == null) {
                    standaloneThreads.add(((Number) r[3]).longValue());
                } else {
                    ideaDeltas.merge(((Number) r[4]).longValue(), delta, Integer::sum);
                }
            }
        }
        requireAll(postIds, before, "post");
        if (changed.isEmpty()) {
            return before;
        }
        Positional update = new Positional();
        update.bind(em.createNativeQuery("update post set moderation_state = " + update.add(state.name()) + " where id in "
                + update.list(changed))).executeUpdate();
        if (!counted.isEmpty()) {
            count(counted, delta);
        }
        outbox.changedWhereIn(Posts.POST, "post", "id", changed);
        outbox.changedWhereIn(Threads.THREAD, "discussion_thread", "id", standaloneThreads.stream().distinct().toList());
        ideas.postsChanged(ideaDeltas);
        return before;
    }

    /**
     * Each thread's post count moves by the posts of the selection that members now see (+1) or no longer see (-1);
     * its latest activity takes them in, as {@link Posts} does for one post.
     */
    private void count(List<Long> postIds, int delta) {
        Positional p = new Positional();
        String latest = "(select max(p.created_at) from post p where p.thread_id = discussion_thread.id and p.id in "
                + p.list(postIds) + ")";
        String sql = "update discussion_thread set post_count = post_count + " + p.add(delta) + " * (select count(*) from post p "
                + "where p.thread_id = discussion_thread.id and p.id in " + p.list(postIds) + "), last_post_at = greatest(last_post_at, "
                + latest + "), updated_at = greatest(updated_at, " + latest + ") where id in (select p.thread_id from post p where p.id in "
                + p.list(postIds) + ")";
        p.bind(em.createNativeQuery(sql)).executeUpdate();
    }

    /** Puts these threads in the state, their posts following in the index; returns the state each had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, ModerationState> threads(Collection<Long> threadIds, ModerationState state) {
        Positional read = new Positional();
        List<?> rows = read.bind(em.createNativeQuery("select id, moderation_state, idea_id from discussion_thread where id in "
                + read.list(threadIds))).getResultList();
        Map<Long, ModerationState> before = new HashMap<>();
        List<Long> changed = new ArrayList<>();
        List<Long> standalone = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            ModerationState was = ModerationState.valueOf((String) r[1]);
            before.put(id, was);
            if (was != state) {
                changed.add(id);
                if (r[2] == null) {
                    standalone.add(id);
                }
            }
        }
        requireAll(threadIds, before, "thread");
        if (!changed.isEmpty()) {
            Positional update = new Positional();
            update.bind(em.createNativeQuery("update discussion_thread set moderation_state = " + update.add(state.name())
                    + " where id in " + update.list(changed))).executeUpdate();
            outbox.changedWhereIn(Threads.THREAD, "discussion_thread", "id", standalone);
            outbox.changedWhereIn(Posts.POST, "post", "thread_id", changed);
        }
        return before;
    }

    private static void requireAll(Collection<Long> ids, Map<Long, ?> found, String what) {
        ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFound("There is no " + what + " " + id + ".");
        });
    }
}
