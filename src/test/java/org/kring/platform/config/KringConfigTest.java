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
}
