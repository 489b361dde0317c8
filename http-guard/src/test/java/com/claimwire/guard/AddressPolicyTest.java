package com.claimwire.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private final AddressPolicy policy = new AddressPolicy(List.of());

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "0.0.0.0", "::", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "100.64.0.1", "169.254.169.254", "fe80::1", "fc00::1", "fd00:ec2::254", "224.0.0.1",
            "239.255.255.250", "ff02::1", "255.255.255.255", "240.0.0.1", "192.0.2.10", "198.18.0.1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1",
            "::127.0.0.1"})
    void refusesLocalPrivateLinkLocalMulticastMetadataAndReservedAddresses(String literal) throws Exception {
        assertThat(policy.refusal(ip(literal))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "192.169.0.1",
            "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8"})
    void admitsPublicUnicastAddresses(String literal) throws Exception {
        assertThat(policy.refusal(ip(literal))).isEmpty();
    }

    @Test
    void theRefusalSaysWhatKindOfAddressItIs() throws Exception {
        assertThat(policy.refusal(ip("169.254.169.254"))).hasValueSatisfying(reason ->
                assertThat(reason).contains("169.254.169.254").contains("link-local").contains("metadata"));
        assertThat(policy.refusal(ip("127.0.0.1"))).hasValueSatisfying(reason -> assertThat(reason).contains("loopback"));
    }

    @Test
    void anExplicitAllowListAdmitsOnlyWhatItNames() throws Exception {
        AddressPolicy local = new AddressPolicy(List.of("127.0.0.1/32", "10.20.0.0/16"));

        assertThat(local.refusal(ip("127.0.0.1"))).isEmpty();
        assertThat(local.refusal(ip("10.20.3.4"))).isEmpty();
        assertThat(local.refusal(ip("127.0.0.2"))).isPresent();
        assertThat(local.refusal(ip("10.21.0.1"))).isPresent();
        assertThat(local.refusal(ip("169.254.169.254"))).isPresent();
    }

    @Test
    void allowListEntriesMustBeAddressesNotNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressPolicy(List.of("localhost")));
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressPolicy(List.of("10.0.0.0/33")));
    }
}
