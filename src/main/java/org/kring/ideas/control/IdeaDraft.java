package org.kring.ideas.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.text.Bilingual;

/**
 * What a member writes when posting or editing an idea, and the rules it must meet. Text is stored
 * as typed (trimmed); it is only ever shown escaped or as sanitised Markdown.
 */
public record IdeaDraft(String title, String body, List<String> tags, String topic, String challenge, String language) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 140;
    public static final int BODY_MAX = 10_000;
    /** The idea.body_html column's size. */
    public static final int BODY_HTML_MAX = 60_000;
    public static final int TAGS_MAX = 5;
    public static final int TAG_MAX = 30;
    public static final Set<String> LANGUAGES = Bilingual.LANGUAGES;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

    /** The tags as stored: lower case, without a leading #, each once, in the order given. */
    public List<String> normalisedTags() {
        if (tags == null) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                unique.add(tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(unique);
    }

    /** Checks the wording (title, body, tags); a 400 naming each bad field. */
    public InvalidInput.Checks checkWording() {
        InvalidInput.Checks checks = InvalidInput.check()
                .text("title", title, TITLE_MIN, TITLE_MAX)
                .text("body", body, 1, BODY_MAX);
        List<String> normalised = normalisedTags();
        checks.that("tags", normalised.size() <= TAGS_MAX, "at most " + TAGS_MAX + " tags");
        checks.that("tags", normalised.stream().allMatch(t -> t.length() <= TAG_MAX && TAG.matcher(t).matches()),
                "each tag is one word of letters, digits or '-', at most " + TAG_MAX + " characters");
        return checks;
    }

    /** Checks everything a new idea needs: the wording, a topic and a language. */
    public InvalidInput.Checks checkNew() {
        return checkWording()
                .text("topic", topic, 1, 60)
                .that("language", language != null && LANGUAGES.contains(language), "must be nl or en");
    }

    public String trimmedTitle() {
        return title.strip();
    }

    public String trimmedBody() {
        return body.strip();
    }
}
