package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.consistency.CounterInvariant;

/** A thread's post_count is the number of its posts that are not deleted. */
@ApplicationScoped
public class ThreadPostCounter implements CounterInvariant {

    @PersistenceContext
    EntityManager em;

    @Override
    public String counter() {
        return "discussion_thread.post_count";
    }

    @Override
    public String rule() {
        return "a thread's post_count equals its posts that are not deleted";
    }

    @Override
    public Drift check(int examples) {
        return Drift.query(em, "select t.id, t.post_count counter, coalesce(p.n, 0) counted from discussion_thread t "
                + "left join (select thread_id, count(*) n from post where not deleted group by thread_id) p "
                + "on p.thread_id = t.id where t.post_count <> coalesce(p.n, 0)", examples);
    }
}
