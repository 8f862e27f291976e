package com.ooma.telo.simulator.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadyLineTest {

    @Test
    void parse_readsBothPortsFromTheAgentsReadyLine() {
        ReadyLine r = ReadyLine.parse("ready ingest=127.0.0.1:40123 status=127.0.0.1:40124").orElseThrow();
        assertThat(r.ingest().getPort()).isEqualTo(40123);
        assertThat(r.ingest().getHostString()).isEqualTo("127.0.0.1");
        assertThat(r.status().getPort()).isEqualTo(40124);
    }

    @Test
    void parse_ignoresOtherLinesAndReadyLinesWithoutAStatusPort() {
        assertThat(ReadyLine.parse("starting telo-agent")).isEmpty();
        assertThat(ReadyLine.parse("ready ingest=127.0.0.1:40123")).isEmpty();
        assertThat(ReadyLine.parse("ready ingest=127.0.0.1:0 status=127.0.0.1:1")).isEmpty();
        assertThat(ReadyLine.parse("ready ingest=127.0.0.1:x status=127.0.0.1:1")).isEmpty();
    }
}
