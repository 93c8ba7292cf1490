package org.kring.platform.logging;

/** The id of the request this thread is serving, for logs and problem details. */
public final class RequestId {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    public static String current() {
        return CURRENT.get();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}
