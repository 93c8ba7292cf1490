package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.consistency.CounterInvariant;

/** A post's like_count is the number of its rows in post_like. */
@ApplicationScoped
public class LikeCounter implements CounterInvariant {

    @PersistenceContext
    EntityManager em;

    @Override
    public String counter() {
        return "post.like_count";
    }

    @Override
    public String rule() {
        return "a post's like_count equals its rows in post_like";
    }

    @Override
    public Drift check(int examples) {
        return Drift.query(em, "select p.id, p.like_count counter, coalesce(l.n, 0) counted from post p "
                + "left join (select post_id, count(*) n from post_like group by post_id) l on l.post_id = p.id "
                + "where p.like_count <> coalesce(l.n, 0)", examples);
    }
}
