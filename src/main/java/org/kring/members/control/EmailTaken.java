package org.kring.members.control;

/** Someone registered with an email address that already has an account (a 409 naming the field email). */
public class EmailTaken extends RuntimeException {

    public EmailTaken() {
        super("This email address is already registered.");
    }
}
