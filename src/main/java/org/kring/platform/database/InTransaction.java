package org.kring.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;

/**
 * Runs a background worker's reads inside a transaction. Outside one, Payara gives a managed thread's queries a
 * non-transactional entity manager that it may keep for the thread and close under it: the search indexer's thread
 * failed every round with "Attempting to execute an operation on a closed EntityManager" in the tests' clustered
 * Payara Micro (at the root context or not; which change brought it out was not found). Inside a transaction each
 * round gets the transaction's own. The other workers' rounds were transactional already.
 */
@ApplicationScoped
public class InTransaction {

    @Transactional
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
