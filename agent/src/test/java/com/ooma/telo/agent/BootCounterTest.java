package com.ooma.telo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boot epoch counts starts and never blocks one: a damaged file restarts the epoch above any count. */
class BootCounterTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-02T10:00:00Z"));

    @TempDir
    Path state;

    @Test
    void next_countsStartsFromOne() throws IOException {
        assertThat(BootCounter.next(state, clock)).isEqualTo(new BootCounter.Epoch(1, false));
        assertThat(BootCounter.next(state, clock)).isEqualTo(new BootCounter.Epoch(2, false));
    }

    @Test
    void unreadableFile_isMovedAside_andTheEpochRestartsAboveAnyCount() throws IOException {
        BootCounter.next(state, clock);
        Files.writeString(state.resolve(BootCounter.FILE), "v1 \u00ff\n");

        BootCounter.Epoch epoch = BootCounter.next(state, clock);

        assertThat(epoch).isEqualTo(new BootCounter.Epoch(clock.instant().getEpochSecond(), true));
        assertThat(Files.readString(state.resolve(BootCounter.UNREADABLE))).isEqualTo("v1 \u00ff\n");
        assertThat(BootCounter.next(state, clock).value()).isEqualTo(epoch.value() + 1);
    }
}
