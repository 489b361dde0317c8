package com.claimwire.search.alerts;

import com.claimwire.guard.AddressPolicy;
import com.claimwire.guard.GuardedDnsResolver;
import com.claimwire.guard.RefusedAddressException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses webhook targets that are not plain http(s) URLs to public addresses, by the same {@link AddressPolicy}
 * as ingest's page fetches: loopback, private, link-local (cloud metadata at 169.254.169.254 included), unique-local
 * IPv6, IPv4 embedded in IPv6, multicast, unspecified and numeric hosts in decimal, octal or hex form. This is the
 * early, explainable check (at rule creation and before each attempt); {@link WebhookClient} checks again when it
 * connects and pins the address it checked.
 */
final class PublicAddressesOnly implements WebhookTargetPolicy {

    private final GuardedDnsResolver resolver;

    /** @param allowed addresses or CIDR ranges that may be called although not public (local receivers in tests) */
    PublicAddressesOnly(Set<String> allowed) {
        this(new GuardedDnsResolver(new AddressPolicy(List.copyOf(allowed))));
    }

    PublicAddressesOnly(GuardedDnsResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void check(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTargetException("webhook URL must be http or https: " + target);
        }
        String host = target.getHost();
        if (host == null) {
            throw new RefusedTargetException("webhook URL has no host: " + target);
        }
        if (target.getRawUserInfo() != null) {
            throw new RefusedTargetException("webhook URL must not carry credentials: " + host);
        }
        try {
            resolver.resolve(host);
        } catch (RefusedAddressException e) {
            throw new RefusedTargetException("webhook " + e.getMessage());
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("webhook host " + host + " does not resolve");
        }
    }
}
