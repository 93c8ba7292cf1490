package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.consistency.CounterInvariant;

/** An idea's post_count is its discussion thread's post_count (see {@link IdeaPostCount}). */
@ApplicationScoped
public class IdeaPostCounter implements CounterInvariant {

    @PersistenceContext
    EntityManager em;

    @Override
    public String counter() {
        return "idea.post_count";
    }

    @Override
    public String rule() {
        return "an idea's post_count equals the post_count of its discussion thread";
    }

    @Override
    public Drift check(int examples) {
        return Drift.query(em, "select i.id, i.post_count counter, coalesce(t.post_count, 0) counted from idea i "
                + "left join discussion_thread t on t.idea_id = i.id where i.post_count <> coalesce(t.post_count, 0)",
                examples);
    }
}
