package org.kring.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kring.moderation.entity.WatchedWord.Action;
import org.kring.platform.problems.InvalidInput;

class WordPatternsTest {

    private static final WordPatterns WORDS = new WordPatterns(List.of(
            new WordPatterns.Word("gratis iphone", "any", Action.BLOCK, null),
            new WordPatterns.Word("sukkel", "nl", Action.REPLACE, "[…]"),
            new WordPatterns.Word("idiot", "any", Action.REPLACE, null),
            new WordPatterns.Word("cashback", "en", Action.HOLD, null)));

    @Test
    void aBlockedPhraseIsRefusedNamingEachFieldWhateverItsCaseAndSpacing() {
        assertThatThrownBy(() -> WORDS.screen("nl", fields("Win een GRATIS   iPhone", "Echt: gratis iphone!")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("title", "body"));
    }

    @Test
    void onlyWholeWordsMatch() {
        WordPatterns.Screened screened = WORDS.screen("nl", fields("Geen sukkelaar hier", "idiotisch maar niet idiot_ ook niet"));
        assertThat(screened.fields()).containsEntry("title", "Geen sukkelaar hier")
                .containsEntry("body", "idiotisch maar niet idiot_ ook niet");
    }

    @Test
    void replaceWordsAreCensoredWithTheirReplacementInTheirLanguageOnly() {
        assertThat(WORDS.screen("nl", fields("Wat een Sukkel", "Die idiot.")).fields())
                .containsEntry("title", "Wat een […]").containsEntry("body", "Die ***.");
        assertThat(WORDS.screen("en", fields("Sukkel is Dutch", "idiot")).fields())
                .containsEntry("title", "Sukkel is Dutch").containsEntry("body", "***");
    }

    @Test
    void aHoldWordIsFoundForItsLanguageAndTextsOfUnknownLanguageMeetEveryWord() {
        assertThat(WORDS.screen("en", fields("Great CASHBACK deal", "x")).holdWord()).contains("CASHBACK");
        assertThat(WORDS.screen("nl", fields("cashback", "x")).holdWord()).isEmpty();
        assertThat(WORDS.screen(null, fields("cashback", "x")).holdWord()).contains("cashback");
        assertThat(WordPatterns.NONE.screen("nl", fields("gratis iphone", "x")).holdWord()).isEmpty();
    }

    @Test
    void aThousandWordsCompileOnceAndScreenALongTextQuickly() {
        List<WordPatterns.Word> many = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> many.add(new WordPatterns.Word("woord" + i, i % 2 == 0 ? "nl" : "any",
                Action.values()[i % 3], null)));
        WordPatterns patterns = new WordPatterns(many);
        String body = "Een lange tekst over verpakkingen en statiegeld ".repeat(200);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(patterns.screen("nl", fields("Titel zonder woorden", body)).holdWord()).isEmpty();
        }
        long perText = (System.nanoTime() - start) / 20 / 1_000_000;
        assertThat(perText).as("ms per 10,000-character text with 1,000 words").isLessThan(200);
    }

    private static Map<String, String> fields(String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        return fields;
    }
}
