package com.claimwire.guard;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses an outbound request (page fetch, webhook) may connect to. By default only public unicast
 * addresses: never loopback, private, carrier-grade NAT, link-local (cloud metadata at 169.254.169.254
 * included), multicast, unspecified, broadcast or other reserved ranges, and IPv6 forms that embed such an
 * IPv4 address. An explicit allow-list of addresses or CIDR ranges (never names) admits ranges for local
 * testing.
 */
public final class AddressPolicy {

    private static final List<Range> REFUSED = List.of(
            Range.of("0.0.0.0/8", "an unspecified address"),
            Range.of("10.0.0.0/8", "a private address"),
            Range.of("100.64.0.0/10", "a carrier-grade NAT address"),
            Range.of("127.0.0.0/8", "a loopback address"),
            Range.of("169.254.0.0/16", "a link-local address (cloud metadata lives here)"),
            Range.of("172.16.0.0/12", "a private address"),
            Range.of("192.0.0.0/24", "an IETF protocol address"),
            Range.of("192.0.2.0/24", "a documentation address"),
            Range.of("192.88.99.0/24", "a 6to4 relay address"),
            Range.of("192.168.0.0/16", "a private address"),
            Range.of("198.18.0.0/15", "a benchmarking address"),
            Range.of("198.51.100.0/24", "a documentation address"),
            Range.of("203.0.113.0/24", "a documentation address"),
            Range.of("224.0.0.0/4", "a multicast address"),
            Range.of("240.0.0.0/4", "a reserved address"),
            Range.of("::/128", "an unspecified address"),
            Range.of("::1/128", "a loopback address"),
            Range.of("fc00::/7", "a unique local (private) address"),
            Range.of("fe80::/10", "a link-local address"),
            Range.of("fec0::/10", "a site-local address"),
            Range.of("ff00::/8", "a multicast address"),
            Range.of("2001:db8::/32", "a documentation address"),
            Range.of("100::/64", "a discard address"));

    private final List<Range> allowed;

    /** @param allowedRanges addresses or CIDR ranges admitted even though the defaults refuse them */
    public AddressPolicy(List<String> allowedRanges) {
        this.allowed = allowedRanges.stream().map(range -> Range.of(range, "allowed")).toList();
    }

    /** Why {@code address} must not be connected to, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress effective = embeddedIpv4(address).orElse(address);
        for (Range range : allowed) {
            if (range.contains(address) || range.contains(effective)) {
                return Optional.empty();
            }
        }
        for (Range range : REFUSED) {
            if (range.contains(effective)) {
                return Optional.of(address.getHostAddress() + " is " + range.description());
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible, NAT64 or 6to4 IPv6 address. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= bytes[i] == 0;
        }
        boolean mapped = firstTenZero && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean compatible = firstTenZero && bytes[10] == 0 && bytes[11] == 0 && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0);
        boolean nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b;
        if (mapped || compatible || nat64) {
            return Optional.of(ipv4(bytes[12], bytes[13], bytes[14], bytes[15]));
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            return Optional.of(ipv4(bytes[2], bytes[3], bytes[4], bytes[5]));
        }
        return Optional.empty();
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** An address range in CIDR notation (a bare address is a range of one). */
    record Range(byte[] network, int prefixLength, String description) {

        static Range of(String cidr, String description) {
            String[] parts = cidr.trim().split("/", 2);
            if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + cidr);
            }
            byte[] network;
            try {
                network = InetAddress.getByName(parts[0]).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + cidr, e);
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
            return new Range(network, prefix, description);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - remainingBits)) & 0xff;
            return (bytes[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
