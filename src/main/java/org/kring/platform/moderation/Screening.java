package org.kring.platform.moderation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pre-moderation, asked by every feature that stores a member's contribution (ideas, threads, posts) inside its
 * writing transaction: moderation, which stands above those features, implements it. {@link #screen} may refuse the
 * text (a blocked word: a 400 naming the field, nothing stored), censors it, and says whether it must wait for a
 * moderator (then the feature stores it {@link ModerationState#HELD} and calls {@link #held} once it has an id).
 */
public interface Screening {

    /** What is screened; named as moderation's queue names its targets. */
    enum Kind { IDEA, THREAD, POST }

    /**
     * A contribution about to be stored: its author, language (nl, en; null when unknown) and texts by field name
     * ("title", "body"), as typed. {@code edit}: an existing contribution gets new wording.
     */
    record Draft(Kind kind, long authorId, String language, Map<String, String> fields, boolean edit) {

        public static Draft of(Kind kind, long authorId, String language, boolean edit, String... namesAndTexts) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i + 1 < namesAndTexts.length; i += 2) {
                if (namesAndTexts[i + 1] != null) {
                    fields.put(namesAndTexts[i], namesAndTexts[i + 1]);
                }
            }
            return new Draft(kind, authorId, language, fields, edit);
        }
    }

    /** The texts to store (censored where a watched word says so), and why it must wait (null: publish it). */
    record Verdict(Map<String, String> fields, String holdReason) {

        public String text(String field) {
            return fields.get(field);
        }

        public boolean held() {
            return holdReason != null;
        }
    }

    /** Screens a draft; refuses a blocked word with an InvalidInput naming the field. */
    Verdict screen(Draft draft);

    /** The contribution was stored HELD (or an edit put it in HELD): it enters the moderation queue, its author is told. */
    void held(Kind kind, long id, String reason);
}
