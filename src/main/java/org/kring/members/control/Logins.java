package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kring.members.entity.Member;
import org.kring.platform.problems.NotAuthenticated;
import org.kring.platform.problems.TooManyRequests;

/**
 * Checks an email and password, for the token endpoint and for the web login alike, behind the
 * {@link LoginThrottle}. An unknown address and a wrong password get the same answer and take the
 * same time (a hash is computed either way), so the answer does not tell which addresses exist. When the throttle
 * locked the account (failures from many addresses), the first refusal mails its owner a one-time way in
 * ({@link AccountUnlock}).
 */
@ApplicationScoped
public class Logins {

    public static final String WRONG_CREDENTIALS = "Wrong email or password.";

    @Inject
    Members members;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountUnlock unlock;

    /** The member; a 401 for wrong credentials, a 429 when throttled, a 403 when suspended. */
    public Member login(String email, String password, String clientAddress) {
        String account = Members.normaliseEmail(email);
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.reserve(account, clientAddress);
        } catch (TooManyRequests refused) {
            if (throttle.lockNoticeDue(account)) {
                unlock.mailLink(account); // the owner's way in despite the lock
            }
            throw refused;
        }
        Optional<Member> member;
        boolean matches;
        try {
            member = members.byEmail(account);
            matches = PasswordHasher.matches(password == null ? "" : password,
                    member.map(Member::getPasswordHash).orElse(Unknown.HASH));
        } catch (RuntimeException e) {
            throttle.abandoned(attempt); // the database failed, not the caller's password
            throw e;
        }
        if (member.isEmpty() || !matches) {
            throttle.failed(attempt);
            throw new NotAuthenticated(WRONG_CREDENTIALS);
        }
        throttle.succeeded(attempt);
        members.requireNotSuspended(member.get());
        return member.get();
    }

    /** A real hash to compare against for unknown addresses (computed once, when first needed). */
    private static final class Unknown {
        static final String HASH = PasswordHasher.hash(TokenCodec.newToken());
    }
}
