package org.kring.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A configured list of IP addresses and CIDR ranges ("10.0.0.0/8, 192.0.2.7, ::1"), literals only, never host
 * names: the trusted proxies ({@link TrustedProxies}) and the addresses that may read the operational endpoints
 * ({@link OperationsAccess}).
 */
public final class AddressRanges {

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

    private AddressRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses a comma-separated list; a wrong entry stops with the setting's name and the entry. */
    public static AddressRanges parse(String setting, String list) {
        List<Range> ranges = new ArrayList<>();
        for (String item : list == null ? new String[0] : list.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException(setting + ": '" + entry + "' is not an IP address or CIDR range");
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(setting + ": '" + entry + "' has an impossible prefix length");
            }
            ranges.add(new Range(network, prefix));
        }
        return new AddressRanges(List.copyOf(ranges));
    }

    /** Whether this address literal is in one of the ranges (never for anything that is not an address literal). */
    public boolean contains(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The bytes of an IPv4 or IPv6 literal; null for anything else (no DNS lookups). */
    static byte[] literal(String text) {
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
