package org.kring.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.kring.platform.config.KringConfig;

/**
 * The favicon, the app icons and the web app manifest, drawn in the brand colour (KRING_BRAND_COLOR) and named
 * after the brand (KRING_BRAND_NAME). Made once; answered with an ETag, and 304 when the browser has them.
 */
@WebServlet(urlPatterns = {"/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/icon-192.png", "/icon-512.png",
        "/manifest.webmanifest"})
public class IconServlet extends HttpServlet {

    private record Icon(String type, byte[] bytes, String etag) {
        Icon(String type, byte[] bytes) {
            this(type, bytes, IconServlet.etag(bytes));
        }
    }

    @Inject
    KringConfig config;

    private Map<String, Icon> icons;

    @Override
    public void init() {
        AppIcon drawing = new AppIcon(config.brandColor());
        icons = Map.of(
                "/favicon.ico", new Icon("image/x-icon", drawing.ico()),
                "/favicon.svg", new Icon("image/svg+xml", drawing.svg()),
                "/apple-touch-icon.png", new Icon("image/png", drawing.png(180, true)),
                "/icon-192.png", new Icon("image/png", drawing.png(192, false)),
                "/icon-512.png", new Icon("image/png", drawing.png(512, false)),
                "/manifest.webmanifest", new Icon("application/manifest+json", manifest()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Icon icon = icons.get(request.getServletPath());
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("ETag", icon.etag());
        if (icon.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(icon.type());
        response.setContentLength(icon.bytes().length);
        response.getOutputStream().write(icon.bytes());
    }

    private byte[] manifest() {
        var icons = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("src", "icon-192.png").add("sizes", "192x192").add("type", "image/png"))
                .add(Json.createObjectBuilder().add("src", "icon-512.png").add("sizes", "512x512").add("type", "image/png"))
                .add(Json.createObjectBuilder().add("src", "favicon.svg").add("sizes", "any").add("type", "image/svg+xml"));
        return Json.createObjectBuilder()
                .add("name", config.brandName()).add("short_name", config.brandName())
                .add("start_url", "./").add("display", "browser")
                .add("theme_color", config.brandColor()).add("background_color", "#ffffff")
                .add("icons", icons).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
