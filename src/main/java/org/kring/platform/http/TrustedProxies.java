package org.kring.platform.http;

/**
 * Which peers may tell Kring the client's address in X-Forwarded-For: the reverse proxies in front of it,
 * as addresses or CIDR ranges ("10.0.0.0/8, 192.0.2.7"). Behind them, the client is the right-most entry
 * of X-Forwarded-For that is not itself a trusted proxy: entries further left were written by the client
 * and prove nothing, so per-address limits cannot be dodged by sending the header yourself.
 */
public final class TrustedProxies {

    private final AddressRanges ranges;

    private TrustedProxies(AddressRanges ranges) {
        this.ranges = ranges;
    }

    /** Parses a comma-separated list of IP addresses and CIDR ranges (literals only, never host names). */
    public static TrustedProxies parse(String list) {
        return new TrustedProxies(AddressRanges.parse("kring.trusted-proxies", list));
    }

    /** The client's address for a request from this peer with this X-Forwarded-For header (may be null). */
    public String client(String peer, String forwardedFor) {
        if (!trusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (AddressRanges.literal(hop) == null) {
                return peer; // garbage in the chain: fall back to what we saw ourselves
            }
            if (!trusted(hop) || i == 0) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        return ranges.contains(address);
    }

    /**
     * The network an address belongs to for per-network limits: its IPv4 /24 or IPv6 /48 (what one customer line or
     * one hosting tenant typically holds); the text itself when it is no address literal.
     */
    public static String networkOf(String address) {
        byte[] bytes = AddressRanges.literal(address);
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
}
