package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kring.platform.problems.Forbidden;

/**
 * One-click unsubscribe links (RFC 8058) that work without logging in: the member id signed with HMAC-SHA256 under a
 * secret that the first instance makes and stores ({@code signing_key}), so every instance signs and checks alike.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    @Inject
    SigningKey key;

    @Inject
    Preferences preferences;

    private volatile byte[] secret;

    /** The signature for this member's link. */
    public String sign(long memberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("unsubscribe:" + memberId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Stops the member's e-mails when the signature is theirs; a 403 for a changed member id or signature. */
    public void unsubscribe(long memberId, String signature) {
        byte[] expected = sign(memberId).getBytes(StandardCharsets.US_ASCII);
        if (signature == null || !MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new Forbidden("This unsubscribe link is not valid: it was changed or belongs to someone else.");
        }
        preferences.stopEmails(memberId);
    }

    private byte[] secret() {
        if (secret == null) {
            secret = Base64.getDecoder().decode(key.secret());
        }
        return secret;
    }
}
