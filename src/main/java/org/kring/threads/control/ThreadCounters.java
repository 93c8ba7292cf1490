package org.kring.threads.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.kring.platform.consistency.CounterInvariant;

/** The counters threads keep (see {@link Posts} and {@link Likes}), for the consistency check. */
@Dependent
public class ThreadCounters {

    @Produces
    static final CounterInvariant LIKES = new CounterInvariant("post.like_count",
            "a post's like_count equals its rows in post_like",
            "select p.id, p.like_count counter, coalesce(l.n, 0) counted from post p "
                    + "left join (select post_id, count(*) n from post_like group by post_id) l on l.post_id = p.id "
                    + "where p.like_count <> coalesce(l.n, 0)");

    @Produces
    static final CounterInvariant POSTS = new CounterInvariant("discussion_thread.post_count",
            "a thread's post_count equals its posts that are neither deleted nor held or taken out of view by moderation",
            "select t.id, t.post_count counter, coalesce(p.n, 0) counted from discussion_thread t "
                    + "left join (select thread_id, count(*) n from post where not deleted and moderation_state = 'PUBLISHED' "
                    + "group by thread_id) p "
                    + "on p.thread_id = t.id where t.post_count <> coalesce(p.n, 0)");
}
