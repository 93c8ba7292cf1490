package org.kring.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Navigation helpers shared by the pages' backing beans. */
public final class Pages {

    private Pages() {
    }

    /**
     * A path inside Kring to return to after logging in, or "/index.xhtml" for anything else: no other
     * host ("//evil", "https:"), no backslashes, only this application's pages (no open redirect).
     */
    public static String safeReturn(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.contains("\r") || target.contains("\n") || target.startsWith("/login.xhtml")
                || target.startsWith("/register.xhtml")) {
            return "/index.xhtml";
        }
        return target;
    }

    /** Redirects to a path inside the application (after a POST: the reader can reload safely). */
    public static void redirect(String path) {
        send(safeReturn(path));
    }

    private static void send(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a visitor to the login page, which brings them back to {@code returnTo} (a path inside Kring) afterwards.
     * {@link #redirect} cannot do this: it refuses the login page as a place to return to.
     */
    public static void login(String returnTo) {
        send("/login.xhtml?returnTo=" + URLEncoder.encode(safeReturn(returnTo), StandardCharsets.UTF_8));
    }

    /**
     * An id from a page's query string, or null when it is not one (the page then answers 404): a view
     * parameter bound straight to a Long would fail conversion, skip the view action and render half a page.
     */
    public static Long id(String param) {
        try {
            return param == null ? null : Long.valueOf(param.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Answers 404 (with the friendly error page) instead of rendering the view. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
