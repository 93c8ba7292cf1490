package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kring.threads.control.PostCountChanged;

/** Keeps an idea's post count in step with its discussion thread, in the transaction of the post. */
@ApplicationScoped
public class IdeaPostCount {

    @Inject
    Ideas ideas;

    void onPostCountChanged(@Observes PostCountChanged change) {
        if (change.ideaId() != null) {
            ideas.postsChanged(change.ideaId(), change.delta());
        }
    }
}
