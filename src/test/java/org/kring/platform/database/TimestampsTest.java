package org.kring.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final Instant AT = Instant.parse("2026-11-30T12:09:00.123456Z");

    @Test
    void eitherDriversTimestampIsTheSameInstant() {
        assertThat(Timestamps.instant(Timestamp.from(AT))).as("PostgreSQL").isEqualTo(AT);
        assertThat(Timestamps.instant(AT.atOffset(ZoneOffset.ofHours(1)))).as("H2").isEqualTo(AT);
        assertThat(Timestamps.instant(null)).isNull();
    }

    @Test
    void aValueThatIsNoTimestampIsAProgrammingErrorNamedAsSuch() {
        assertThatThrownBy(() -> Timestamps.instant("2026-11-30")).hasMessageContaining("java.lang.String");
    }
}
