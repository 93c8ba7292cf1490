package org.kring.members.control;

/**
 * Fired (synchronously, inside the sign-up's transaction) when a new address becomes a member, so that features above
 * members can count sign-ups (channel attribution) without members knowing them.
 */
public record SignedUp(long memberId) {
}
