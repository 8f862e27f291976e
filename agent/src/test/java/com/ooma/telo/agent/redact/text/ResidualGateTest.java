package com.ooma.telo.agent.redact.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The residual gate on its own: what it lets out and what it stops, whatever the scanners did before it. */
class ResidualGateTest {
    private final ResidualGate gate = new ResidualGate(new NumberScanner(new PhoneShape("US")));

    @Test
    void holdsPersonal_stopsPhoneLikeRunsInAnySpellingOrSpacing() {
        assertThat(gate.holdsPersonal("<PHONE> then 650 555 0100")).isTrue();
        assertThat(gate.holdsPersonal("x=%36%35%30%35%35%35%30%31%30%30")).isTrue();
        assertThat(gate.holdsPersonal("digits ٦٥٠٥٥٥٠١٠٠")).isTrue();
        assertThat(gate.holdsPersonal("dtmf 4 1 5 5 5 5 0 1 0 0")).isTrue();
    }

    @Test
    void holdsPersonal_stopsEmailShapedTokens() {
        assertThat(gate.holdsPersonal("to <NAME> ana@example.org")).isTrue();
    }

    @Test
    void holdsPersonal_letsHarmlessTokensAndPlaceholdersThrough() {
        assertThat(gate.holdsPersonal("From: \"<NAME>\" <<SIP_URI>>;tag=2603055453")).isFalse();
        assertThat(gate.holdsPersonal("Call-ID: a84b4c76e66710@pc33.atlanta.example")).isFalse();
        assertThat(gate.holdsPersonal("2024-05-05T23:15:25Z ts_ms=1701490376253 build 20259167 fw=3.9.7.1")).isFalse();
        assertThat(gate.holdsPersonal("call 7f1b103c-df15-42b0-aab4-77d26415479c port=5060 127.0.0.1")).isFalse();
    }

    @Test
    void holdsPersonal_letsThroughWhatTheScannersKeep_extensionAndServiceUris_channels_ids() {
        assertThat(gate.holdsPersonal("'<sip:301@example.com>' registered from <IP>")).isFalse();
        assertThat(gate.holdsPersonal("To: <sip:registrar@sip.example.com> via <IP> registrar@sip.example.com"))
                .isFalse();
        assertThat(gate.holdsPersonal("REGISTER for 27368@pbx.example.com saved from <IP>")).isFalse();
        assertThat(gate.holdsPersonal("Dial(\"PJSIP/<PHONE>-00000014\") [C-00000000] VERBOSE[1234567]")).isFalse();
        assertThat(gate.holdsPersonal("bridge 2147483647 at 1718179200 pc 000000000008694c <IP>")).isFalse();
    }
}
