package org.kring.threads.control;

/**
 * Fired synchronously inside the transaction that changed a thread's post count (a post added: +1, a
 * post deleted: -1). {@code ideaId} is the owning idea, or null for a standalone thread; ideas observe
 * it to keep their own post count.
 */
public record PostCountChanged(Long ideaId, long threadId, int delta) {
}
