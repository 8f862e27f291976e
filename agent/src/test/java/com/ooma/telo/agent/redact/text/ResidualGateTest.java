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
}
