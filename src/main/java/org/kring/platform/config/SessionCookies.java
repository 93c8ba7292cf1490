package org.kring.platform.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when configured (web.xml makes it HttpOnly, SameSite=Lax and the only way to carry
 * the session). Not in web.xml itself: plain-HTTP development would lose its session.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    KringConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(config.secureSessionCookie());
    }
}
