package com.claimwire.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves host names for the HTTP client and hands it only addresses the {@link AddressPolicy} admits. The
 * client connects to exactly the addresses returned here, so the checked address is the connected address:
 * a DNS answer that changes between check and connection (DNS rebinding) has no gap to slip through.
 * Hosts written as numbers in anything but dotted-decimal form ({@code 2130706433}, {@code 0177.0.0.1},
 * {@code 0x7f.1}) are refused outright: resolvers disagree on what they mean.
 */
public final class GuardedDnsResolver implements DnsResolver {

    /** Turns a host name into addresses; the system resolver in production, a fixed table in tests. */
    @FunctionalInterface
    public interface HostLookup {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    private static final Pattern NUMERIC_PART = Pattern.compile("(?i)0x[0-9a-f]*|[0-9]+");
    private static final Pattern DOTTED_DECIMAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final AddressPolicy policy;
    private final HostLookup lookup;

    public GuardedDnsResolver(AddressPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    public GuardedDnsResolver(AddressPolicy policy, HostLookup lookup) {
        this.policy = policy;
        this.lookup = lookup;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (isAmbiguousNumber(bare)) {
            throw new RefusedAddressException("refused to connect to " + host
                    + ": a numeric host must be written as four decimal parts (a.b.c.d)");
        }
        InetAddress[] resolved = lookup.lookup(bare);
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
            throw new RefusedAddressException("refused to connect to " + host + ": "
                    + (firstRefusal == null ? "it resolves to no address" : firstRefusal));
        }
        return admitted.toArray(InetAddress[]::new);
    }

    /** A host made only of numbers (decimal, octal or hex) that is not plain dotted decimal. */
    static boolean isAmbiguousNumber(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = trimmed.split("\\.", -1);
        for (String part : parts) {
            if (!NUMERIC_PART.matcher(part).matches()) {
                return false;
            }
        }
        if (parts.length != 4) {
            return true;
        }
        for (String part : parts) {
            if (!DOTTED_DECIMAL_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
