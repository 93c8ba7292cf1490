package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kring.members.entity.Member;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.NotFound;
import org.kring.platform.ratelimit.WriteRateLimiter;

/**
 * A new member proves their address by following the mailed link (valid 24 hours, once); until then
 * {@link WriteAccess} lets them read only. They may ask for the link again a few times an hour
 * (kring.rate-limit.verification-mails-per-hour).
 */
@ApplicationScoped
public class EmailVerification {

    /** What a member who has not verified hears on every write. */
    public static final String VERIFY_FIRST = "Verify your e-mail address first: follow the link in the mail we sent you "
            + "(POST /api/v1/members/me/verification-mail sends it again). Until then you can read, but not post, vote, like or flag.";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLinks links;

    @Inject
    WriteRateLimiter limiter;

    @Inject
    Event<AccountMail> mails;

    /** Verifies the link's member: a 400 on field {@code token} when the link is unknown, expired or used. */
    @Transactional
    public Member verify(String token) {
        long memberId = links.use(token, AccountLinks.Purpose.VERIFY_EMAIL);
        Member member = em.find(Member.class, memberId);
        member.setEmailVerified(true);
        return member;
    }

    /** Mails the member a new link: a 409 when already verified, a 429 after a few in an hour. */
    @Transactional
    public void resend(long memberId, String language) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFound("There is no member " + memberId + ".");
        }
        if (member.isEmailVerified()) {
            throw new Conflict("Your e-mail address is verified already.");
        }
        limiter.acquire(WriteRateLimiter.Kind.VERIFICATION_MAIL, "member:" + memberId);
        mails.fire(new AccountMail(memberId, AccountMail.Kind.VERIFY_EMAIL, language));
    }
}
