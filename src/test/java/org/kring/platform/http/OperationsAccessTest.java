package org.kring.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationsAccessTest {

    private final AddressRanges loopback = AddressRanges.parse("kring.operations.addresses", OperationsAccess.LOOPBACK);

    @Test
    void loopbackIsAllowedByDefaultAndOthersAreNot() {
        assertThat(OperationsAccess.allows(loopback, "", "127.0.0.1", null)).isTrue();
        assertThat(OperationsAccess.allows(loopback, "", "::1", null)).isTrue();
        assertThat(OperationsAccess.allows(loopback, "", "0:0:0:0:0:0:0:1", null)).isTrue();
        assertThat(OperationsAccess.allows(loopback, "", "203.0.113.5", null)).isFalse();
    }

    @Test
    void theMetricsTokenLetsAnyAddressIn() {
        String token = "s3cret-metrics-token-0123456789";
        assertThat(OperationsAccess.allows(loopback, token, "203.0.113.5", "Bearer " + token)).isTrue();
        assertThat(OperationsAccess.allows(loopback, token, "203.0.113.5", "Bearer wrong")).isFalse();
        assertThat(OperationsAccess.allows(loopback, token, "203.0.113.5", token)).as("without Bearer").isFalse();
        assertThat(OperationsAccess.allows(loopback, token, "203.0.113.5", null)).isFalse();
    }

    @Test
    void withoutAConfiguredTokenNoTokenCounts() {
        assertThat(OperationsAccess.allows(loopback, "", "203.0.113.5", "Bearer ")).isFalse();
        assertThat(OperationsAccess.allows(loopback, " ", "203.0.113.5", "Bearer  ")).isFalse();
    }

    @Test
    void configuredNetworksAreAllowed() {
        AddressRanges monitoring = AddressRanges.parse("kring.operations.addresses", "10.20.0.0/16");
        assertThat(OperationsAccess.allows(monitoring, "", "10.20.3.4", null)).isTrue();
        assertThat(OperationsAccess.allows(monitoring, "", "127.0.0.1", null)).as("loopback only by default").isFalse();
    }
}
