package org.kring.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMetaTest {

    private final PageMeta meta = new PageMeta();

    @Test
    void keepsTheTextOfRenderedMarkdown() {
        assertThat(meta.summary("<p>Minder <strong>plastic</strong> &amp; karton</p>\n<ul><li>fruit</li></ul>"))
                .isEqualTo("Minder plastic & karton fruit");
    }

    @Test
    void cutsLongTextAtAWordWithAnEllipsis() {
        String text = "verpakking ".repeat(30);
        String summary = meta.summary("<p>" + text + "</p>");
        assertThat(summary).hasSizeLessThanOrEqualTo(PageMeta.MAX_LENGTH + 1).endsWith("verpakking…");
        assertThat(text).startsWith(summary.substring(0, summary.length() - 1));
    }

    @Test
    void inlineMarkupJoinsWordsAsThePageShowsThem() {
        assertThat(meta.summary("<p>#{7<em>7} ${7</em>7} is <a href=\"x\">goed</a>koop</p><p>Nieuw</p>"))
                .isEqualTo("#{77} ${77} is goedkoop Nieuw");
    }

    @Test
    void noTextNoDescription() {
        assertThat(meta.summary(null)).isEmpty();
        assertThat(meta.summary("<p> </p>")).isEmpty();
    }
}
