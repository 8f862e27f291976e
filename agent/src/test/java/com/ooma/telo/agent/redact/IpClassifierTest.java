package com.ooma.telo.agent.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpClassifierTest {
    private final IpClassifier classifier = new IpClassifier();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "203.0.113.7, public, ipv4", "203.0.113.7:5060, public, ipv4", "10.1.2.3, private, ipv4",
        "172.16.0.1, private, ipv4", "172.32.0.1, public, ipv4", "192.168.1.20, private, ipv4",
        "100.64.0.1, cgnat, ipv4", "100.127.255.254, cgnat, ipv4", "100.128.0.1, public, ipv4",
        "169.254.10.10, link_local, ipv4", "127.0.0.1, loopback, ipv4", "224.0.0.1, other, ipv4",
        "2001:db8::1, public, ipv6", "[2001:db8::1]:5060, public, ipv6", "fd12:3456::1, private, ipv6",
        "fe80::1%eth0, link_local, ipv6", "::1, loopback, ipv6", "::ffff:192.168.0.1, private, ipv4"
    })
    void classifiesAddressLiterals(String literal, String cls, String family) {
        assertThat(classifier.classify(literal)).contains(new IpClassifier.AddressClass(cls, family));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "example.com", "localhost", "deadbeef", "", "1.2.3"})
    void rejectsNonLiterals_withoutLookingThemUp(String value) {
        assertThat(classifier.classify(value)).isEmpty();
    }
}
