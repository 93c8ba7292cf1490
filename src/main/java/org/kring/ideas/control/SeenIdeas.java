package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kring.notifications.control.SeenContributions;
import org.kring.platform.moderation.Audience;
import org.kring.search.control.SearchOutbox;

/** Whether members see an idea, for mentions in ideas: the one visibility rule of {@link Ideas}. */
@ApplicationScoped
public class SeenIdeas implements SeenContributions {

    @Inject
    Ideas ideas;

    @Override
    public String type() {
        return SearchOutbox.IDEA;
    }

    @Override
    public boolean seen(long id) {
        return ideas.find(id, Audience.PUBLIC).isPresent();
    }
}
