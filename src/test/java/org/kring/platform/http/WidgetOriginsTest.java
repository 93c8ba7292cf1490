package org.kring.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WidgetOriginsTest {

    @Test
    void onlyOriginsMayFrameTheWidget() {
        assertThat(SecurityHeaders.allowedOrigins(" https://www.example.com, http://127.0.0.1:25081 ,,https://shop.example.nl"))
                .containsExactly("https://www.example.com", "http://127.0.0.1:25081", "https://shop.example.nl");
        assertThat(SecurityHeaders.allowedOrigins("")).isEmpty();
    }

    @Test
    void whatCouldWidenThePolicyIsLeftOut() {
        assertThat(SecurityHeaders.allowedOrigins("*, https://a.example/path, 'unsafe-inline', https://b.example; script-src *,"
                + "javascript:alert(1), https://ok.example")).containsExactly("https://ok.example");
    }
}
