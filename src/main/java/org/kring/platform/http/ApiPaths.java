package org.kring.platform.http;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are for the REST API (KringApplication, everything under /api/) rather than for the pages. */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
