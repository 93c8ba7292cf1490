package org.kring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/** The home page: the community's topics and its newest ideas. */
@Named
@RequestScoped
public class HomeBean {

    static final int NEWEST = 10;

    @Inject
    Topics topics;

    @Inject
    Ideas ideas;

    private List<Topic> topicList;
    private List<Idea> newestIdeas;

    public List<Topic> getTopics() {
        if (topicList == null) {
            topicList = topics.all();
        }
        return topicList;
    }

    public List<Idea> getNewestIdeas() {
        if (newestIdeas == null) {
            newestIdeas = ideas.newest(NEWEST);
        }
        return newestIdeas;
    }
}
