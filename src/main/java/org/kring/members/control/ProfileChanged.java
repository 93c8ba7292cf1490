package org.kring.members.control;

/**
 * Fired (synchronously, inside the changing transaction) when a member changes their profile attributes, so that
 * features which copy them elsewhere (the author's segment in the search documents) can refresh their copies.
 */
public record ProfileChanged(long memberId) {
}
