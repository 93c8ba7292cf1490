package org.kring.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsNamesInTheTextButNotInCodeLinksOrEmailAddresses() {
        String html = MarkdownRenderer.toSafeHtml("Wat vind jij, @Noor_1? En @Bram.\n\n`@code` [@link](https://x.nl) jan@example.nl\n\n    @block");
        assertThat(Mentions.names(html)).containsExactly("Noor_1", "Bram");
    }

    @Test
    void linksKnownNamesOnlyAndKeepsTheRestAsText() {
        String html = MarkdownRenderer.toStoredHtml("Hoi @Noor en @Onbekend, zie @Noor.", "body", 10_000,
                names -> Map.of("Noor", "/api/v1/members/7"));
        assertThat(html).isEqualTo("<p>Hoi <a href=\"/api/v1/members/7\" class=\"mention\" rel=\"nofollow ugc noopener\">@Noor</a> "
                + "en @Onbekend, zie <a href=\"/api/v1/members/7\" class=\"mention\" rel=\"nofollow ugc noopener\">@Noor</a>.</p>");
    }

    @Test
    void aMentionCannotSmuggleMarkup() {
        String html = MarkdownRenderer.toStoredHtml("@Noor<script>x</script>", "body", 10_000, names -> Map.of("Noor", "/m/1"));
        assertThat(html).doesNotContain("<script").contains("class=\"mention\"");
    }

    @Test
    void countsAtMostTwentyNames() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("@name").append(i).append(' ');
        }
        assertThat(Mentions.names(MarkdownRenderer.toSafeHtml(text.toString()))).hasSize(Mentions.MAX_PER_TEXT);
    }
}
