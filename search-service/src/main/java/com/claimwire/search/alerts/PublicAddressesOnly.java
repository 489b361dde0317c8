package com.claimwire.search.alerts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses webhook targets whose host resolves to any address that is not public: loopback, private, link-local
 * (which includes cloud metadata at 169.254.169.254), unique-local IPv6, carrier-grade NAT, multicast and the
 * unspecified address. Hosts or addresses on the allow-list are let through (for local receivers in tests).
 */
final class PublicAddressesOnly implements WebhookTargetPolicy {

    private final Set<String> allowed;

    /** @param allowed host names or literal addresses that may be called even though they are not public */
    PublicAddressesOnly(Set<String> allowed) {
        this.allowed = allowed.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void check(URI target) {
        String host = target.getHost();
        if (host == null) {
            throw new RefusedTargetException("webhook URL has no host: " + target);
        }
        if (allowed.contains(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("webhook host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowed.contains(address.getHostAddress()) && !isPublic(address)) {
                throw new RefusedTargetException("webhook host " + host + " resolves to non-public address "
                        + address.getHostAddress());
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean carrierNat = first == 100 && second >= 64 && second < 128;
            boolean reserved = first == 0 || first >= 240 || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19));
            return !carrierNat && !reserved;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isV4Mapped(bytes);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isV4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
