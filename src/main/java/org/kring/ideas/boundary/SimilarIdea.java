package org.kring.ideas.boundary;

import java.io.Serializable;
import java.util.List;
import org.kring.search.control.Search;

/** A published idea much like another one: offered while posting and on the idea page. */
public record SimilarIdea(long id, String title, String language, int votes) implements Serializable {

    static final int SHOWN = 5;

    /**
     * The ideas most like this title and body, leaving out the idea itself (null: none to leave out).
     * Empty while search is unavailable or refuses the text: the page works on without them.
     */
    public static List<SimilarIdea> find(Search search, String title, String body, Long self) {
        try {
            return search.similarIdeas(title, body, SHOWN + 1).stream().filter(s -> self == null || s.id() != self)
                    .limit(SHOWN).map(s -> new SimilarIdea(s.id(), s.title(), s.language(), s.voteCount())).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
