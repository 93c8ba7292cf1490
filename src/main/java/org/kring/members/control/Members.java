package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kring.members.entity.Member;
import org.kring.platform.http.TrustedProxies;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.platform.ratelimit.WriteRateLimiter;

/** Registering members and finding them. */
@ApplicationScoped
public class Members {

    /** The allowed values of the optional profile attributes (region is free text). */
    public static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    public static final List<String> CUSTOMER_TYPES = List.of("consumer", "business");

    @PersistenceContext
    EntityManager em;

    @Inject
    WriteRateLimiter limiter;

    @Inject
    Event<ProfileChanged> profileChanged;

    @Inject
    Event<AccountMail> mails;

    @Inject
    Event<SignedUp> signedUp;

    Clock clock = Clock.systemUTC();

    private static final Duration NOTICE_INTERVAL = Duration.ofHours(1);
    /** Known addresses' members told about a sign-up with their address, and when. */
    private final Map<Long, Long> ownersTold = new ConcurrentHashMap<>();

    /** Email addresses are compared and stored trimmed and in lower case. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A sign-up, answered the same whether or not the address has an account (the answer must not tell who is a
     * member): a new address becomes a member who must verify it (the mail with the link goes out in this
     * transaction); the owner of a known address is told by mail that someone tried (a member who never verified gets
     * the link again; at most one such mail an hour). {@link InvalidInput} when a rule fails, a 429 when this client address or its network signed up
     * too often in the last hour. The password is hashed either way, so both answers take about the same time.
     */
    @Transactional
    public void register(Registration r, String clientAddress, String language) {
        r.check().orThrow();
        limiter.acquire(WriteRateLimiter.Kind.SIGNUP, String.valueOf(clientAddress));
        limiter.acquire(WriteRateLimiter.Kind.SIGNUP_NETWORK, TrustedProxies.networkOf(clientAddress));
        String email = normaliseEmail(r.email());
        String passwordHash = PasswordHasher.hash(r.password());
        Optional<Member> known = byEmail(email);
        if (known.isPresent()) {
            if (firstNoticeThisHour(known.get().getId())) {
                mails.fire(new AccountMail(known.get().getId(), known.get().isEmailVerified()
                        ? AccountMail.Kind.SIGNUP_ATTEMPT : AccountMail.Kind.VERIFY_EMAIL, language));
            }
            return;
        }
        Member member = new Member(email, r.displayName().strip(), passwordHash, Member.Role.MEMBER, clock.instant());
        member.setProfile(blankToNull(r.ageBand()), blankToNull(r.region()), blankToNull(r.customerType()));
        member.setEmailVerified(false);
        em.persist(member);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two sign-ups with the same new address at once: the unique constraint decides, the second is told to retry.
            throw new Conflict("This email address is being registered right now; try again in a moment.");
        }
        mails.fire(new AccountMail(member.getId(), AccountMail.Kind.VERIFY_EMAIL, language));
        signedUp.fire(new SignedUp(member.getId()));
    }

    /**
     * At most one mail an hour about sign-ups with a known address, so that nobody floods an owner's inbox by signing up
     * with it (counted per instance, like the rate limits; the sign-up's answer is the same either way).
     */
    private boolean firstNoticeThisHour(long memberId) {
        long now = clock.millis();
        if (ownersTold.size() > 100_000) {
            ownersTold.values().removeIf(at -> at <= now - NOTICE_INTERVAL.toMillis());
        }
        return ownersTold.merge(memberId, now, (at, again) -> at <= now - NOTICE_INTERVAL.toMillis() ? now : at) == now;
    }

    /** New profile attributes (empty ones cleared): {@link InvalidInput} when a rule fails; tells {@link ProfileChanged}. */
    @Transactional
    public Member changeProfile(long memberId, Profile profile) {
        profile.check(InvalidInput.check()).orThrow();
        Member member = find(memberId).orElseThrow(() -> new NotFound("There is no member " + memberId + "."));
        member.setProfile(blankToNull(profile.ageBand()), blankToNull(profile.region()), blankToNull(profile.customerType()));
        profileChanged.fire(new ProfileChanged(memberId));
        return member;
    }

    /** A ban: a suspension that does not end. */
    public static final Instant BANNED = Instant.parse("9999-12-31T23:59:59Z");

    /** Until when the member may only read (null: lifted), in the caller's transaction; returns the moment it had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant silence(long memberId, Instant until) {
        Member member = require(memberId);
        Instant before = member.getSilencedUntil();
        member.setSilencedUntil(until);
        return before;
    }

    /**
     * Until when the member cannot log in (null: lifted; {@link #BANNED}: for good), in the caller's transaction; their
     * sessions and tokens stop working at once (both are checked against this on every request). Returns the moment it had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant suspend(long memberId, Instant until) {
        Member member = require(memberId);
        Instant before = member.getSuspendedUntil();
        member.setSuspendedUntil(until);
        return before;
    }

    private Member require(long memberId) {
        return find(memberId).orElseThrow(() -> new NotFound("There is no member " + memberId + "."));
    }

    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    /** The member as the caller of a logged-in page's request; empty when there is no such member or they are suspended. */
    public Optional<Caller> caller(long id) {
        return em.createQuery(Caller.SELECT + "from Member m where m.id = :id and " + Caller.NOT_SUSPENDED, Caller.class)
                .setParameter("id", id).setParameter("now", clock.instant()).getResultStream().findFirst();
    }

    /**
     * A 403 for a suspended or banned member whose credentials were right (so saying so tells nobody else anything).
     * Whether one is suspended is {@link Caller#NOT_SUSPENDED}'s rule, the same that every request's caller passes.
     */
    public void requireNotSuspended(Member member) {
        if (caller(member.getId()).isEmpty()) {
            Instant until = member.getSuspendedUntil();
            throw new Forbidden(until.equals(BANNED) ? "This account is banned." : "This account is suspended until " + until + ".");
        }
    }

    public Optional<Member> byEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", normaliseEmail(email)).getResultStream().findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
