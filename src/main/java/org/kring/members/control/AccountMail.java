package org.kring.members.control;

/**
 * A mail about a member's account that the members feature asks for, fired in the transaction of the change: the
 * notifications feature (above members) observes it and puts the mail into its durable outbox. The one-time link a
 * mail carries is made when the mail is written ({@link AccountLinks#issue}), so no usable token waits in the outbox.
 */
public record AccountMail(long memberId, Kind kind, String language) {

    public AccountMail {
        language = language(language);
    }

    public enum Kind {
        /** To a new member: the link that verifies their address. */
        VERIFY_EMAIL,
        /** To a member whose address someone used to sign up again: nothing changed, here is the login. */
        SIGNUP_ATTEMPT,
        /** To a member whose account is locked by failed logins from many addresses: a one-time way in. */
        UNLOCK
    }

    /** The mail's language: English when the caller asked for it, else Dutch (the community's first language). */
    public static String language(String preferred) {
        return "en".equals(preferred) ? "en" : "nl";
    }
}
