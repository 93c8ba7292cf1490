package org.kring.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KringConfigTest {

    @Test
    void passwordsInUrlsAreNotPrinted() {
        assertThat(KringConfig.withoutSecrets("jdbc:postgresql://db:5432/kring?user=k&password=s3cret"))
                .doesNotContain("s3cret").contains("password=***");
        assertThat(KringConfig.withoutSecrets("http://elastic:s3cret@es1:9200")).isEqualTo("http://***@es1:9200");
        assertThat(KringConfig.withoutSecrets("jdbc:h2:./data/db/kring")).isEqualTo("jdbc:h2:./data/db/kring");
    }

    @Test
    void onlyPlainColoursAndSafeLogoUrlsReachThePage() {
        assertThat(KringConfig.color("#12abEF", "#000000")).isEqualTo("#12abEF");
        assertThat(KringConfig.color("red;}body{display:none", "#000000")).isEqualTo("#000000");
        assertThat(KringConfig.isSafeUrl("https://cdn.example.com/logo.svg")).isTrue();
        assertThat(KringConfig.isSafeUrl("/resources/logo.png")).isTrue();
        assertThat(KringConfig.isSafeUrl("//evil.example/logo.png")).isFalse();
        assertThat(KringConfig.isSafeUrl("javascript:alert(1)")).isFalse();
        assertThat(KringConfig.isSafeUrl("/logo.png\" onerror=\"x")).isFalse();
    }
}
