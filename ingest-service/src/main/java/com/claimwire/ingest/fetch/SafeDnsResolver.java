package com.claimwire.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves host names for the HTTP client and hands it only addresses the {@link AddressPolicy} admits.
 * Checking here, at connection time, leaves no gap between the check and the connection for a DNS answer
 * that changes in between (DNS rebinding).
 */
final class SafeDnsResolver implements DnsResolver {

    private final AddressPolicy policy;

    SafeDnsResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] resolved = InetAddress.getAllByName(bare);
        List<InetAddress> admitted = new ArrayList<>(resolved.length);
        String firstRefusal = null;
        for (InetAddress address : resolved) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isEmpty()) {
                admitted.add(address);
            } else if (firstRefusal == null) {
                firstRefusal = refusal.get();
            }
        }
        if (admitted.isEmpty()) {
            throw new RefusedAddressException("refused to connect to " + host + ": " + firstRefusal);
        }
        return admitted.toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
