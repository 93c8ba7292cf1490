package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void aQuoteOccursAsWrittenWhateverTheWhiteSpaceAndCase() {
        assertThat(Quotes.occursIn("blikjes  ook\nin de WINKEL", "Graag blikjes ook in de winkel inleveren.", "")).isTrue();
        assertThat(Quotes.occursIn("blikjes overal", "Graag blikjes ook in de winkel inleveren.", "")).isFalse();
    }

    @Test
    void aQuoteSelectedOnThePageOccursInTheRenderedText() {
        String markdown = "Lever **alle** blikjes in & krijg geld terug";
        String html = "<p>Lever <strong>alle</strong> blikjes in &amp; krijg geld terug</p>";
        assertThat(Quotes.occursIn("Lever alle blikjes in & krijg", markdown, html)).isTrue();
    }

    @Test
    void anEmptyQuoteOccursNowhere() {
        assertThat(Quotes.occursIn("  ", "tekst", "<p>tekst</p>")).isFalse();
    }

    @Test
    void theDigestTellsAChangedText() {
        assertThat(Quotes.digest("een")).isEqualTo(Quotes.digest("een")).isNotEqualTo(Quotes.digest("een."));
        assertThat(Quotes.digest("€")).hasSize(64);
    }
}
