package org.kring.members.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenCodecTest {

    @Test
    void tokensAre32RandomBytesInUrlSafeBase64() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenCodec.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void hashIsSha256InHex() {
        // SHA-256 of "abc" (FIPS 180-2 test vector).
        assertThat(TokenCodec.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = TokenCodec.newToken();
        assertThat(TokenCodec.hash(token)).hasSize(64).isEqualTo(TokenCodec.hash(token)).doesNotContain(token);
    }
}
