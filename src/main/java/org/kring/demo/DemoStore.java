package org.kring.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Runs a piece of seeding work in one transaction: all of it is stored, or none. */
@ApplicationScoped
public class DemoStore {

    @Transactional
    public void inOneTransaction(Runnable work) {
        work.run();
    }
}
