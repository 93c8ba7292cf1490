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

    /** Initialised with the secret and never used itself (a Mac is not thread-safe): copied for each signature. */
    private volatile Mac prototype;

    /**
     * The query of a member's link that stops one kind of e-mail ({@code kind}), or all e-mails (null): member, kind and
     * the signature of both, last (links from before kinds existed carry no kind and still stop all).
     */
    public String query(long memberId, PreferenceKind kind) {
        return "member=" + memberId + (kind == null ? "" : "&kind=" + kind.name()) + "&sig=" + sign(memberId, kind);
    }

    private String sign(long memberId, PreferenceKind kind) {
        String signed = "unsubscribe:" + memberId + (kind == null ? "" : ":" + kind.name());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac().doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A Mac under the secret, of its own for one signature: a copy of one made once, since making one (the provider's
     * look-up and the key's set-up) cost more than signing, once per mail of a fan-out.
     */
    private Mac mac() {
        try {
            Mac made = prototype;
            if (made == null) {
                made = Mac.getInstance("HmacSHA256");
                made.init(new SecretKeySpec(Base64.getDecoder().decode(key.secret()), "HmacSHA256"));
                prototype = made;
            }
            return (Mac) made.clone();
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK and copies itself", e);
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
}
