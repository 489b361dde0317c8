package com.claimwire.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardedDnsResolverTest {

    private final GuardedDnsResolver strict = new GuardedDnsResolver(new AddressPolicy(List.of()));

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A DNS seam: names answered from a fixed table, as a hostile DNS server would answer them. */
    private static GuardedDnsResolver.HostLookup table(Map<String, List<String>> answers) {
        return host -> {
            List<String> addresses = answers.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses.stream().map(GuardedDnsResolverTest::ip).toArray(InetAddress[]::new);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254", "0.0.0.0",
            "[::1]", "[::]", "[fe80::1]", "[fd00:ec2::254]", "[::ffff:127.0.0.1]", "[::ffff:a9fe:a9fe]",
            "[0:0:0:0:0:ffff:7f00:1]", "[64:ff9b::7f00:1]", "localhost"})
    void refusesLiteralAndNamedLoopbackPrivateLinkLocalAndMetadataHosts(String host) {
        assertThatThrownBy(() -> strict.resolve(host)).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("refused to connect to " + host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "127.1", "017700000001",
            "0x7f.1", "2852039166", "0251.0376.0251.0376", "0xa9.0xfe.0xa9.0xfe", "169.254.43518", "127.000.000.001"})
    void refusesDecimalOctalHexAndShortenedNumericHostsBeforeAnyLookup(String host) {
        AtomicInteger lookups = new AtomicInteger();
        GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressPolicy(List.of("0.0.0.0/0")), name -> {
            lookups.incrementAndGet();
            return InetAddress.getAllByName(name);
        });

        assertThatThrownBy(() -> resolver.resolve(host)).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("four decimal parts");
        assertThat(lookups).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "cafe.be", "0x.example", "1e100.net", "8.8.8.8", "93.184.215.14", "a.b.c.d"})
    void hostNamesAndPlainDottedDecimalAreNotMistakenForAmbiguousNumbers(String host) {
        assertThat(GuardedDnsResolver.isAmbiguousNumber(host)).isFalse();
    }

    @Test
    void aNameResolvingToTheMetadataAddressIsRefusedWithTheReason() {
        GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressPolicy(List.of()),
                table(Map.of("metadata.attacker.example", List.of("169.254.169.254"),
                        "rebind.attacker.example", List.of("10.1.2.3", "fd00::1"))));

        assertThatThrownBy(() -> resolver.resolve("metadata.attacker.example"))
                .isInstanceOf(RefusedAddressException.class).hasMessageContaining("169.254.169.254 is a link-local");
        assertThatThrownBy(() -> resolver.resolve("rebind.attacker.example"))
                .isInstanceOf(RefusedAddressException.class).hasMessageContaining("private");
    }

    @Test
    void onlyAdmittedAddressesAreHandedToTheClientSoTheConnectionGoesWhereTheCheckLooked() throws Exception {
        GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressPolicy(List.of()),
                table(Map.of("mixed.example", List.of("127.0.0.1", "93.184.215.14", "169.254.169.254"))));

        assertThat(resolver.resolve("mixed.example")).containsExactly(ip("93.184.215.14"));
    }

    @Test
    void eachResolutionIsCheckedAfreshSoARebindingAnswerIsRefused() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressPolicy(List.of()),
                host -> new InetAddress[] {ip(calls.getAndIncrement() == 0 ? "93.184.215.14" : "127.0.0.1")});

        assertThat(resolver.resolve("rebinding.example")).containsExactly(ip("93.184.215.14"));
        assertThatThrownBy(() -> resolver.resolve("rebinding.example")).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void theAllowListAdmitsLoopbackForLocalTestsOnly() throws Exception {
        GuardedDnsResolver local = new GuardedDnsResolver(new AddressPolicy(List.of("127.0.0.1/32")));

        assertThat(local.resolve("127.0.0.1")).containsExactly(ip("127.0.0.1"));
        assertThatThrownBy(() -> local.resolve("169.254.169.254")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> local.resolve("[::1]")).isInstanceOf(RefusedAddressException.class);
    }
}
