package org.kring.votes.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.kring.platform.consistency.CounterInvariant;

/** The counter votes keep (see {@link Votes}), for the consistency check. */
@Dependent
public class VoteCounter {

    @Produces
    static final CounterInvariant VOTES = new CounterInvariant("idea.vote_count",
            "an idea's vote_count equals its rows in vote",
            "select i.id, i.vote_count counter, coalesce(v.n, 0) counted from idea i "
                    + "left join (select idea_id, count(*) n from vote group by idea_id) v on v.idea_id = i.id "
                    + "where i.vote_count <> coalesce(v.n, 0)");
}
