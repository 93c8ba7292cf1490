package org.kring.platform.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The address a request came from, for per-address limits: see {@link TrustedProxies} (KRING_TRUSTED_PROXIES). */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "kring.trusted-proxies")
    Optional<String> trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void parse() {
        proxies = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    public String of(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
