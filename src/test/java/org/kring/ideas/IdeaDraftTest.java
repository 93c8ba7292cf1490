package org.kring.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kring.ideas.control.IdeaDraft;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;

class IdeaDraftTest {

    private static IdeaDraft draft(String title, String body, List<String> tags, String language) {
        return new IdeaDraft(title, body, tags, "verpakking", null, language);
    }

    private static List<String> badFields(IdeaDraft draft) {
        try {
            draft.checkNew().orThrow();
            return List.of();
        } catch (InvalidInput e) {
            return e.errors().stream().map(Problem.FieldError::field).toList();
        }
    }

    @Test
    void aGoodIdeaPasses() {
        assertThat(badFields(draft("Minder plastic", "Graag papier.", List.of("plastic"), "nl"))).isEmpty();
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertThat(badFields(draft("Kort", "", List.of(), "de"))).containsExactlyInAnyOrder("title", "body", "language");
        assertThat(badFields(draft("x".repeat(141), "b", List.of(), "en"))).containsExactly("title");
        assertThat(badFields(draft("Lang genoeg", "b".repeat(10_001), List.of(), "en"))).containsExactly("body");
        assertThat(badFields(draft("Lang genoeg", "b", List.of("a", "b", "c", "d", "e", "f"), "en"))).containsExactly("tags");
        assertThat(badFields(draft("Lang genoeg", "b", List.of("<script>"), "en"))).containsExactly("tags");
        assertThat(badFields(new IdeaDraft("Lang genoeg", "b", null, null, null, "nl"))).containsExactly("topic");
    }

    @Test
    void whitespaceDoesNotCountTowardsTheTitle() {
        assertThat(badFields(draft("   abc    ", "b", List.of(), "nl"))).containsExactly("title");
    }

    @Test
    void tagsAreLowerCasedDeduplicatedAndLoseTheirHash() {
        assertThat(draft("Titel hier", "b", List.of("#Plastic", "plastic", " Statiegeld ", ""), "nl").normalisedTags())
                .containsExactly("plastic", "statiegeld");
    }

    @Test
    void invalidInputThrowsWithAllFields() {
        assertThatThrownBy(() -> draft("x", "", List.of(), "nl").checkNew().orThrow())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("title").hasMessageContaining("body");
    }
}
