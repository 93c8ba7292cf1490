package org.kring.votes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.consistency.CounterInvariant;

/** An idea's vote_count is the number of its rows in vote. */
@ApplicationScoped
public class VoteCounter implements CounterInvariant {

    @PersistenceContext
    EntityManager em;

    @Override
    public String counter() {
        return "idea.vote_count";
    }

    @Override
    public String rule() {
        return "an idea's vote_count equals its rows in vote";
    }

    @Override
    public Drift check(int examples) {
        return Drift.query(em, "select i.id, i.vote_count counter, coalesce(v.n, 0) counted from idea i "
                + "left join (select idea_id, count(*) n from vote group by idea_id) v on v.idea_id = i.id "
                + "where i.vote_count <> coalesce(v.n, 0)", examples);
    }
}
