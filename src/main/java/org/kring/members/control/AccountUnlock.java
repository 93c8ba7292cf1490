package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kring.members.entity.Member;
import org.kring.platform.problems.NotFound;

/**
 * The way in for the owner of an account that {@link LoginThrottle} locked (failures from many addresses): the first
 * refused login of a lock mails the owner a one-time link (valid an hour); following it logs them in despite the lock,
 * once. The lock itself stays until the failures age out: the guessing may still be going on.
 */
@ApplicationScoped
public class AccountUnlock {

    @Inject
    Members members;

    @Inject
    AccountLinks links;

    @Inject
    Event<AccountMail> mails;

    /** Mails the owner of this address (if it is a member) the link; in the owner's own language. */
    @Transactional
    public void mailLink(String account) {
        members.byEmail(account).ifPresent(m -> mails.fire(new AccountMail(m.getId(), AccountMail.Kind.UNLOCK, null)));
    }

    /** The link's member, logged in despite the lock: a 400 on field {@code token} when unknown, expired or used. */
    @Transactional
    public Member use(String token) {
        long memberId = links.use(token, AccountLinks.Purpose.UNLOCK);
        Member member = members.find(memberId).orElseThrow(() -> new NotFound("There is no member " + memberId + "."));
        members.requireNotSuspended(member);
        return member;
    }
}
