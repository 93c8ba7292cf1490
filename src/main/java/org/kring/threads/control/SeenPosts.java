package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kring.notifications.control.SeenContributions;
import org.kring.platform.moderation.Audience;

/** Whether members see a post (and its thread and idea), for mentions in posts: the one visibility rule of {@link Posts}. */
@ApplicationScoped
public class SeenPosts implements SeenContributions {

    @Inject
    Posts posts;

    @Override
    public String type() {
        return Posts.POST;
    }

    @Override
    public boolean seen(long id) {
        return posts.find(id, Audience.PUBLIC).filter(p -> !p.isDeleted()).isPresent();
    }
}
