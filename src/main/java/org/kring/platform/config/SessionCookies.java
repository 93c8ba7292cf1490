package org.kring.platform.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when configured (web.xml already makes it HttpOnly, SameSite=Lax and
 * the only way to carry the session). Not in web.xml itself: plain-HTTP development would lose its session.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    KringConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(config.secureSessionCookie());
        // web.xml declares it too, but Payara leaves the attribute out of the cookie unless it is set here.
        cookie.setAttribute("SameSite", "Lax");
    }
}
