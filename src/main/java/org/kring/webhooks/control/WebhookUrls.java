package org.kring.webhooks.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where deliveries may go: an absolute {@code https://} URL whose host resolves only to public addresses, so that a
 * hook cannot make Kring call into its own machine or network (server-side request forgery). Checked when an admin
 * saves a hook and again before each attempt (the host's addresses may have changed since). With
 * {@code KRING_WEBHOOKS_ALLOW_PRIVATE=true} (tests on localhost) plain {@code http://} and private addresses pass.
 */
public final class WebhookUrls {

    public static final int MAX_LENGTH = 2000;

    /** Looks a host name up (the JVM's resolver in production; a table in unit tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = InetAddress::getAllByName;

    private WebhookUrls() {
    }

    /** Why deliveries may not go to this URL, or empty when they may. */
    public static Optional<String> refusal(String url, boolean allowPrivate, Resolver resolver) {
        if (url == null || url.isBlank()) {
            return Optional.of("must not be empty");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of("must start with https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not hold a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a #fragment");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("host " + uri.getHost() + " is not known");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("must not point to a private, loopback or reserved address (" + address.getHostAddress() + ")");
            }
        }
        return addresses.length == 0 ? Optional.of("host " + uri.getHost() + " has no address") : Optional.empty();
    }

    /** True for an address on the public internet: not loopback, private, link-local, shared, multicast or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // documentation 2001:db8::/32
            }
            if (embedsIpv4(b, new int[] {0, 0x64, 0xff, 0x9b}) || allZeroUpTo(b, 12)) {
                return isPublicIpv4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // NAT64 64:ff9b::/96, IPv4-compatible ::/96
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicIpv4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224                 // this network, private, loopback, multicast, reserved
                || a == 100 && b >= 64 && b <= 127                          // shared address space (carrier NAT)
                || a == 169 && b == 254 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168
                || a == 192 && b == 0 && (c == 0 || c == 2)                 // IETF protocol assignments, documentation
                || a == 198 && (b == 18 || b == 19)                         // benchmarking
                || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113);
    }

    private static boolean embedsIpv4(byte[] b, int[] prefix) {
        for (int i = 0; i < 4; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZeroUpTo(byte[] b, int end) {
        for (int i = 0; i < end; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
