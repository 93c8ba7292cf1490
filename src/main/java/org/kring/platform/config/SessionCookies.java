package org.kring.platform.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when configured (web.xml makes it HttpOnly and the only way to carry the session,
 * WEB-INF/glassfish-web.xml SameSite=Lax). Not in web.xml itself: plain-HTTP development would lose its session.
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
