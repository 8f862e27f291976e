package com.ooma.telo.agent.redact.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8's defects found on real logs, one line each, with the exact line that must come out (so a regression in
 * either direction fails): the leaks, the harmless lines that were changed, and names in running text. The rules
 * are in docs/redaction.md, "Labelling rules".
 */
class RealLogDefectsTest {
    private static final LogRedactor REDACTOR = LogRedactor.standard();

    static Stream<Arguments> lines() {
        return Stream.of(
                // Kamailio's key M= does not mark the rest of the line harmless
                Arguments.of("REQ: M='REGISTER sip:+16505551212@x' SRC='203.0.113.7:5060'",
                        "REQ: M='REGISTER <SIP_URI>' SRC='<IP>:5060'"),
                Arguments.of(" 3(158) NOTICE: <script>: REQ: M=INVITE sip:alice.doe@pbx.example.com"
                        + " SRC=203.0.113.7:5060 ci=a84b4c76e66710",
                        " 3(158) NOTICE: <script>: REQ: M=INVITE <SIP_URI> SRC=<IP>:5060 ci=a84b4c76e66710"),
                // udhcpc's 'release of <ip>' is no version
                Arguments.of("udhcpc: sending release of 192.168.1.23",
                        "udhcpc: sending release of <IP>"),
                Arguments.of("udhcpc: unicasting a release of 192.168.1.23 to 192.168.1.1",
                        "udhcpc: unicasting a release of <IP> to <IP>"),
                // an IPv4 before -letters is no version with a suffix
                Arguments.of("route add 10.0.0.5-eth0 failed",
                        "route add <IP>-eth0 failed"),
                Arguments.of("DHCPACK(br-lan) 192.168.1.23-lan up",
                        "DHCPACK(br-lan) <IP>-lan up"),
                // iptables MAC=dst:src:type holds two MACs
                Arguments.of("IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:00:11:22:33:44:55:08:00 SRC=203.0.113.7"
                        + " DST=192.168.1.2 LEN=60",
                        "IN=eth0 OUT= MAC=<MAC>:<MAC>:08:00 SRC=<IP> DST=<IP> LEN=60"),
                // an IPv6 before a full stop
                Arguments.of("bound to 2001:db8::7. Renewal in 3600 seconds",
                        "bound to <IP>. Renewal in 3600 seconds"),
                // a unit key (us:, ms:) hides no phone number
                Arguments.of("rtt us: 6505551212",
                        "rtt us: <PHONE>"),
                Arguments.of("elapsed 45 ms: callee 6505551212 answered",
                        "elapsed 45 ms: callee <PHONE> answered"),
                // Asterisk caller id "Alice Doe" <ALICE>
                Arguments.of("Caller ID \"Alice Doe\" <ALICE>",
                        "Caller ID \"<NAME>\" <<NAME>>"),
                Arguments.of("CallerID: \"Alice Doe\" <6505551212>",
                        "CallerID: \"<NAME>\" <<PHONE>>"),
                // PIDF-LO civic elements; A1 and country stay
                Arguments.of("<ca:HNO>123</ca:HNO>",
                        "<ca:HNO><ADDRESS></ca:HNO>"),
                Arguments.of("<ca:RD>Park</ca:RD><ca:STS>Ave</ca:STS><ca:A3>New"
                        + " York</ca:A3><ca:PC>10002</ca:PC><ca:A1>NY</ca:A1><ca:country>US</ca:country>",
                        "<ca:RD><ADDRESS></ca:RD><ca:STS><ADDRESS></ca:STS><ca:A3><ADDRESS></ca:A3><ca:PC><ADDRESS></"
                                + "ca:PC><ca:A1>NY</ca:A1><ca:country>US</ca:country>"),
                Arguments.of("<gml:pos>40.7128 -74.0060</gml:pos>",
                        "<gml:pos><ADDRESS></gml:pos>"),
                // a prose address
                Arguments.of("I live at 123 Park Ave Apt 4, NY 10002",
                        "I live at <ADDRESS>"),
                // an IP inside a Call-ID, as elsewhere on the line
                Arguments.of("Call-ID: a84b4c76e66710@203.0.113.7 received from 203.0.113.7",
                        "Call-ID: a84b4c76e66710@<IP> received from <IP>"),
                // channel names and call tags
                Arguments.of("  -- Executing [s@from-external:1] Dial(\"PJSIP/BOB-00000014\", \"PJSIP/1000,30\") in"
                        + " new stack",
                        "  -- Executing [s@from-external:1] Dial(\"PJSIP/BOB-00000014\", \"PJSIP/1000,30\") in new"
                                + " stack"),
                Arguments.of("  -- PJSIP/1000-00000001 answered PJSIP/BOB-00000014",
                        "  -- PJSIP/1000-00000001 answered PJSIP/BOB-00000014"),
                // a channel whose endpoint is a phone number
                Arguments.of("  -- Called SIP/6505551212@trunk",
                        "  -- Called SIP/<PHONE>@trunk"),
                // Unix times, hex pointers and hashes, pid/tid columns, 32-bit ids
                Arguments.of("registered at 1718179200, next at 1718182800",
                        "registered at 1718179200, next at 1718182800"),
                Arguments.of("#00 pc 000000000008694c  /system/lib64/libc.so (abort+164)",
                        "#00 pc 000000000008694c  /system/lib64/libc.so (abort+164)"),
                Arguments.of("tdta0x7f3a2c004e58 state Completed",
                        "tdta0x7f3a2c004e58 state Completed"),
                Arguments.of("udhcpc[1234567]: lease obtained",
                        "udhcpc[1234567]: lease obtained"),
                Arguments.of("VERBOSE[1234567][C-00000000] pbx.c: Executing",
                        "VERBOSE[1234567][C-00000000] pbx.c: Executing"),
                Arguments.of("bridge id 2147483647 max 4294967295",
                        "bridge id 2147483647 max 4294967295"),
                // a software version after a product name
                Arguments.of("[C-00000000] Spawn extension (from-internal, 301, 1) exited non-zero",
                        "[C-00000000] Spawn extension (from-internal, 301, 1) exited non-zero"),
                // service and extension URIs, kept by the scanners and by the residual gate
                Arguments.of("Asterisk PBX 1.6.0.3 built by root @ buildhost",
                        "Asterisk PBX 1.6.0.3 built by root @ buildhost"),
                Arguments.of("Registering to sip:registrar@sip.example.com via sip:pinger@sip.example.com",
                        "Registering to sip:registrar@sip.example.com via sip:pinger@sip.example.com"),
                Arguments.of("From: <sip:301@pbx.example.com>;tag=as6c3f",
                        "From: <sip:301@pbx.example.com>;tag=as6c3f"),
                Arguments.of("REGISTER sip:registrar@sip.example.com SIP/2.0 from 203.0.113.7",
                        "REGISTER sip:registrar@sip.example.com SIP/2.0 from <IP>"),
                // IPV4/UDP/<ip>/5060: only the IP, transport and port kept
                Arguments.of("'<sip:301@example.com>' registered from 203.0.113.7",
                        "'<sip:301@example.com>' registered from <IP>"),
                // names in running text
                Arguments.of("SecurityEvent=\"ChallengeSent\",LocalAddress=\"IPV4/UDP/192.168.1.10/5060\",RemoteAddre"
                        + "ss=\"IPV4/UDP/203.0.113.7/5060\"",
                        "SecurityEvent=\"ChallengeSent\",LocalAddress=\"IPV4/UDP/<IP>/5060\",RemoteAddress=\"IPV4/UDP"
                                + "/<IP>/5060\""),
                Arguments.of("my name is John Smith",
                        "my name is <NAME>"),
                Arguments.of("call John Smith at (650) 555-1212",
                        "call <NAME> at <PHONE>"),
                Arguments.of("Contact: Jane Roe",
                        "Contact: <NAME>"),
                Arguments.of("this is Jane calling about my bill",
                        "this is <NAME> calling about my bill"),
                Arguments.of("Regards, Jane",
                        "Regards, <NAME>"),
                Arguments.of("Hi Omar, thanks for the update",
                        "Hi <NAME>, thanks for the update"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void redact_givesExactlyTheExpectedLine(String in, String expected) {
        RedactedLine r = REDACTOR.redact(in);
        assertThat(r.text()).isEqualTo(expected);
        assertThat(r.dropped()).isFalse();
    }
}
