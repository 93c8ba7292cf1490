package org.kring.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which peers may tell Kring the client's address in X-Forwarded-For: the reverse proxies in front of it,
 * as addresses or CIDR ranges ("10.0.0.0/8, 192.0.2.7"). Behind them, the client is the right-most entry
 * of X-Forwarded-For that is not itself a trusted proxy: entries further left were written by the client
 * and prove nothing, so per-address limits cannot be dodged by sending the header yourself.
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xff << (8 - rest)) & 0xff) == 0;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses a comma-separated list of IP addresses and CIDR ranges (literals only, never host names). */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String item : list == null ? new String[0] : list.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("kring.trusted-proxies: '" + entry + "' is not an IP address or CIDR range");
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("kring.trusted-proxies: '" + entry + "' has an impossible prefix length");
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    /** The client's address for a request from this peer with this X-Forwarded-For header (may be null). */
    public String client(String peer, String forwardedFor) {
        if (!trusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return peer; // garbage in the chain: fall back to what we saw ourselves
            }
            if (!trusted(hop) || i == 0) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * The network an address belongs to for per-network limits: its IPv4 /24 or IPv6 /48 (what one customer line or
     * one hosting tenant typically holds); the text itself when it is no address literal.
     */
    public static String networkOf(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) {
            return String.valueOf(address);
        }
        int prefixBytes = bytes.length == 4 ? 3 : 6;
        StringBuilder network = new StringBuilder(bytes.length == 4 ? "v4:" : "v6:");
        for (int i = 0; i < prefixBytes; i++) {
            network.append(i == 0 ? "" : ".").append(bytes[i] & 0xff);
        }
        return network.toString();
    }

    /** The bytes of an IPv4 or IPv6 literal; null for anything else (no DNS lookups). */
    private static byte[] literal(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean ipv4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = s.contains(":") && s.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
