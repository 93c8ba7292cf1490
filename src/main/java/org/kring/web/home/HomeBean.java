package org.kring.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;
import org.kring.votes.control.Votes;
import org.kring.web.IdeaCard;

/** The home page: open challenges, the community's topics, trending and newest ideas, newest discussions. */
@Named
@RequestScoped
public class HomeBean {

    static final int NEWEST = 10;
    static final int TRENDING = 5;
    static final int DISCUSSIONS = 5;

    @Inject
    Topics topics;

    @Inject
    Ideas ideas;

    @Inject
    Challenges challenges;

    @Inject
    Threads threads;

    @Inject
    Votes votes;

    @Inject
    CurrentMember current;

    private List<Challenge> openChallenges;
    private List<IdeaCard> trending;
    private List<DiscussionThread> discussions;

    private List<Topic> topicList;
    private List<Idea> newestIdeas;
    private Map<Long, Ideas.Activity> activity;

    public List<Topic> getTopics() {
        if (topicList == null) {
            topicList = topics.listed();
        }
        return topicList;
    }

    /** A topic's activity: its number of ideas and the date of the newest (null when it has none). */
    public Ideas.Activity activity(Topic topic) {
        if (activity == null) {
            activity = ideas.activityByTopic();
        }
        return activity.get(topic.getId());
    }

    public List<Idea> getNewestIdeas() {
        if (newestIdeas == null) {
            newestIdeas = ideas.newest(NEWEST);
        }
        return newestIdeas;
    }

    public List<Challenge> getOpenChallenges() {
        if (openChallenges == null) {
            openChallenges = challenges.openAt(Instant.now());
        }
        return openChallenges;
    }

    /** The trending ideas as cards, with whether the reader voted on each (one query). */
    public List<IdeaCard> getTrending() {
        if (trending == null) {
            List<Idea> list = ideas.list(IdeaFilter.ALL, IdeaSort.TRENDING, null, TRENDING).ideas();
            Set<Long> voted = current.id().map(me -> votes.votedAmong(list.stream().map(Idea::getId).toList(), me))
                    .orElse(Set.of());
            trending = IdeaCard.of(list, voted);
        }
        return trending;
    }

    public List<DiscussionThread> getDiscussions() {
        if (discussions == null) {
            discussions = threads.standalone(null, 1, DISCUSSIONS);
        }
        return discussions;
    }
}
