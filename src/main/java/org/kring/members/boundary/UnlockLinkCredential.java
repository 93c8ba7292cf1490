package org.kring.members.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The one-time token of an unlock link, as the unlock page hands it to {@link KringAuthentication}. */
public record UnlockLinkCredential(String token) implements Credential {
}
