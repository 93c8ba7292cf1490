package org.kring.threads.control;

/**
 * Fired (synchronously, inside the writing transaction) when a member writes a post: a reply, or a new thread's first
 * post; so that features above threads can count posts (channel attribution) without threads knowing them.
 */
public record PostWritten(long postId, long threadId) {
}
