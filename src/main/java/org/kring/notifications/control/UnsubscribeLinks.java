package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kring.notifications.entity.PreferenceKind;
import org.kring.platform.problems.Forbidden;

/**
 * One-click unsubscribe links (RFC 8058) that work without logging in: the member id and the kind of e-mail signed with
 * HMAC-SHA256 under a
 * secret that the first instance makes and stores ({@code signing_key}), so every instance signs and checks alike.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    @Inject
    SigningKey key;

    @Inject
    Preferences preferences;

    private volatile byte[] secret;

    /**
     * The query of a member's link that stops one kind of e-mail ({@code kind}), or all e-mails (null): member, kind and
     * the signature of both, last (links from before kinds existed carry no kind and still stop all).
     */
    public String query(long memberId, PreferenceKind kind) {
        return "member=" + memberId + (kind == null ? "" : "&kind=" + kind.name()) + "&sig=" + sign(memberId, kind);
    }

    private String sign(long memberId, PreferenceKind kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            String signed = "unsubscribe:" + memberId + (kind == null ? "" : ":" + kind.name());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Stops the member's e-mails of the kind (null or blank: all) when the signature is theirs and the kind's; a 403 for
     * a changed member id, kind or signature. Answers the kind stopped (null: all).
     */
    public PreferenceKind unsubscribe(long memberId, String kindName, String signature) {
        PreferenceKind kind = kindName == null || kindName.isBlank() ? null
                : Arrays.stream(PreferenceKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                        .orElseThrow(UnsubscribeLinks::changed);
        byte[] expected = sign(memberId, kind).getBytes(StandardCharsets.US_ASCII);
        if (signature == null || !MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw changed();
        }
        if (kind == null) {
            preferences.stopEmails(memberId);
        } else {
            preferences.stopEmails(memberId, kind);
        }
        return kind;
    }

    private static Forbidden changed() {
        return new Forbidden("This unsubscribe link is not valid: it was changed or belongs to someone else.");
    }

    private byte[] secret() {
        if (secret == null) {
            secret = Base64.getDecoder().decode(key.secret());
        }
        return secret;
    }
}
