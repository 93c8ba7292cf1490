package org.kring.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.kring.ideas.entity.Idea;

/** An idea as lists show it (topic board, home, profile): plain values, so that view-scoped beans can keep it. */
public record IdeaCard(long id, String title, String status, int votes, int posts, List<String> tags,
                       Instant createdAt, String author, String language, boolean voted) implements Serializable {

    public static IdeaCard of(Idea idea, boolean voted) {
        return new IdeaCard(idea.getId(), idea.getTitle(), idea.getStatus().name(), idea.getVoteCount(),
                idea.getPostCount(), List.copyOf(idea.getTags()), idea.getCreatedAt(),
                idea.getAuthor().getDisplayName(), idea.getLanguage(), voted);
    }

    public static List<IdeaCard> of(Collection<Idea> ideas, Set<Long> voted) {
        return ideas.stream().map(i -> of(i, voted.contains(i.getId()))).toList();
    }
}
