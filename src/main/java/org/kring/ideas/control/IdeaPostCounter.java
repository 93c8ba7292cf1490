package org.kring.ideas.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.kring.platform.consistency.CounterInvariant;

/** The post count an idea keeps in step with its thread (see {@link IdeaPostCount}), for the consistency check. */
@Dependent
public class IdeaPostCounter {

    @Produces
    static final CounterInvariant POSTS = new CounterInvariant("idea.post_count",
            "an idea's post_count equals the post_count of its discussion thread",
            "select i.id, i.post_count counter, coalesce(t.post_count, 0) counted from idea i "
                    + "left join discussion_thread t on t.idea_id = i.id where i.post_count <> coalesce(t.post_count, 0)");
}
