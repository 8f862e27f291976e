package com.ooma.telo.agent.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterFileTest {
    @TempDir
    Path dir;

    @Test
    void write_isOneAsciiLine_andReadsBack() throws Exception {
        Path f = dir.resolve("seq.state");
        CounterFile.write(f, "telo-seq v1 ", 1024);
        assertThat(Files.readString(f)).isEqualTo("telo-seq v1 1024\n");
        assertThat(CounterFile.read(f, "telo-seq v1 ")).hasValue(1024);
        assertThat(dir.resolve("seq.state.tmp")).doesNotExist();
    }

    @Test
    void missingFile_isEmpty_notZero() throws Exception {
        assertThat(CounterFile.read(dir.resolve("none"), "v1 ")).isEmpty();
    }

    @Test
    void anythingElse_isRefusedNamingTheFile() throws Exception {
        for (String bad : new String[] {"telo-seq v2 5\n", "telo-seq v1 5", "telo-seq v1 five\n", "",
            "telo-seq v1 " + "9".repeat(80) + "\n"}) {
            Path f = dir.resolve("bad.state");
            Files.writeString(f, bad);
            assertThatThrownBy(() -> CounterFile.read(f, "telo-seq v1 ")).as(bad)
                    .isInstanceOf(IOException.class).hasMessageContaining(f.toString());
        }
    }
}
