package org.kring.threads.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.faces.WritingForm;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/** Starting a discussion in a topic: topic, title, first post (Markdown), language. */
@Named
@ViewScoped
public class NewThreadBean extends WritingForm {

    static final Map<String, String> FIELDS = Map.of("topic", "thread:topic", "title", "thread:title",
            "body", "thread:body", "language", "thread:language");

    @Inject
    Threads threads;
    @Inject
    Topics topics;
    @Inject
    CurrentMember current;

    private String topic;
    private transient List<Topic> topicList;

    public List<Topic> getTopics() {
        if (topicList == null) {
            topicList = topics.listed();
        }
        return topicList;
    }

    public void start() {
        long me = current.requireId();
        PageMessages.attempt(() -> {
            DiscussionThread thread = threads.start(topic, me, getTitle(), getBody(), getLanguage());
            Pages.redirect("/thread.xhtml?id=" + thread.getId());
        }, FIELDS);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
