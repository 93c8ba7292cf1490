package org.kring.ideas.control;

/** Which ideas a list shows; null fields do not filter. */
public record IdeaFilter(String topic, String challenge, String tag, String status, Long authorId) {

    public static final IdeaFilter ALL = new IdeaFilter(null, null, null, null, null);
}
