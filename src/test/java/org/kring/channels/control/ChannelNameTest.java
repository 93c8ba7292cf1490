package org.kring.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelNameTest {

    @Test
    void aLinksSourceAndMediumBecomeOneShortLowerCaseName() {
        assertThat(ChannelName.of("Newsletter", null)).contains("newsletter");
        assertThat(ChannelName.of(" Newsletter ", "E-mail")).contains("newsletter/e-mail");
        assertThat(ChannelName.of("Receipt QR", "")).contains("receipt-qr");
        assertThat(ChannelName.of("Nieuwsbrief-ëditie", null)).contains("nieuwsbrief-ëditie");
    }

    @Test
    void blankOrOnlyOddCharactersIsNoChannel() {
        assertThat(ChannelName.of(null, "email")).isEmpty();
        assertThat(ChannelName.of("   ", null)).isEmpty();
        assertThat(ChannelName.of("€<>\"'", null)).isEmpty();
        assertThat(ChannelName.of("--", null)).isEmpty();
    }

    @Test
    void markupIsDroppedAndLengthBounded() {
        assertThat(ChannelName.of("<script>alert(1)</script>", null)).contains("scriptalert1script");
        assertThat(ChannelName.of("x".repeat(100_000), "y".repeat(10))).contains("x".repeat(ChannelName.MAX_LENGTH));
        assertThat(ChannelName.of("a".repeat(30), "b".repeat(30)).orElseThrow()).hasSize(ChannelName.MAX_LENGTH)
                .startsWith("a".repeat(30) + "/");
    }
}
