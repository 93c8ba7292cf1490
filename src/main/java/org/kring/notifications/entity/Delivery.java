package org.kring.notifications.entity;

/** How a member gets e-mails of one kind: each at once, grouped in a daily or weekly digest, or not at all. In-app: always. */
public enum Delivery {
    IMMEDIATE, DAILY, WEEKLY, OFF;

    /** A digest's period, for DAILY and WEEKLY. */
    public boolean digest() {
        return this == DAILY || this == WEEKLY;
    }
}
