package org.kring.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.kring.notifications.entity.PreferenceKind;

class UnsubscribeLinksTest {

    private static final byte[] SECRET = "a secret of thirty-two bytes....".getBytes(StandardCharsets.US_ASCII);

    private final UnsubscribeLinks links = links();

    @Test
    void aLinkCarriesTheHmacOfMemberAndKindUnderTheStoredSecret() throws Exception {
        assertThat(links.query(42, PreferenceKind.RESPONSES))
                .isEqualTo("member=42&kind=RESPONSES&sig=" + hmac("unsubscribe:42:RESPONSES"));
        assertThat(links.query(42, null)).as("all kinds").isEqualTo("member=42&sig=" + hmac("unsubscribe:42"));
    }

    @Test
    void everySignatureStartsAfresh() throws Exception {
        // One Mac made once signs every link through copies: a signature must not carry over into the next.
        for (int member = 1; member <= 3; member++) {
            assertThat(links.query(member, PreferenceKind.REPLIES)).endsWith("&sig=" + hmac("unsubscribe:" + member + ":REPLIES"));
        }
    }

    private static String hmac(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static UnsubscribeLinks links() {
        UnsubscribeLinks links = new UnsubscribeLinks();
        links.key = new SigningKey() {
            @Override
            public String secret() {
                return Base64.getEncoder().encodeToString(SECRET);
            }
        };
        return links;
    }
}
