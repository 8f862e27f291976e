package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.log.LogTargets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log keys: file, size bound and rotation count, and whether lines also go to stderr (the journal). */
class LogConfigTest {
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private LogTargets targets(String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of("device.id=" + ID));
        all.addAll(List.of(sets));
        return ConfigLoader.load(null, all).logTargets();
    }

    @Test
    void defaults_stderrOnly_withAOneMebibyteBoundAndThreeFiles() throws Exception {
        assertThat(targets()).isEqualTo(new LogTargets(Optional.empty(), 1_048_576, 3, true));
    }

    @Test
    void aLogFile_turnsStderrOffByDefault_soTheJournalDoesNotGetEveryLineTwice() throws Exception {
        Path file = dir.resolve("agent.log");
        assertThat(targets("log.file=" + file)).isEqualTo(new LogTargets(Optional.of(file), 1_048_576, 3, false));
        assertThat(targets("log.file=" + file, "log.stderr=true").stderr()).isTrue();
    }

    @Test
    void boundAndFiles_areRead() throws Exception {
        assertThat(targets("log.max_bytes=65536", "log.files=1"))
                .isEqualTo(new LogTargets(Optional.empty(), 65_536, 1, true));
    }

    @Test
    void badValues_areRefusedNamingTheKey() {
        assertThatThrownBy(() -> targets("log.max_bytes=1000")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("\"log.max_bytes\"").hasMessageContaining("65536");
        assertThatThrownBy(() -> targets("log.files=0")).hasMessageContaining("\"log.files\"");
        assertThatThrownBy(() -> targets("log.files=11")).hasMessageContaining("\"log.files\"");
        assertThatThrownBy(() -> targets("log.stderr=yes")).hasMessageContaining("\"log.stderr\"")
                .hasMessageContaining("true or false");
    }

    @Test
    void stderrOff_withoutAFile_isRefused_sinceEveryLineWouldBeLost() {
        assertThatThrownBy(() -> targets("log.stderr=false")).hasMessageContaining("\"log.stderr\"")
                .hasMessageContaining("log.level=off");
    }
}
