package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.ChildAgent;
import com.ooma.telo.agent.testing.TestAgent;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A support engineer reads {@code log.file} while the agent runs and after it was killed: every line is in the file
 * as soon as it is logged (no buffer), still there after {@code kill -9}, mode 0600, and redacted.
 */
class LogFileLiveIT {
    @TempDir
    Path dir;

    @Test
    void theLogFile_holdsEachLineWhileRunning_andAfterKillMinus9() throws Exception {
        Path log = dir.resolve("agent.log");
        List<String> sets = new ArrayList<>(TestAgent.in(dir).config("tcp://127.0.0.1:1", "status.port=0",
                "log.file=" + log, "log.stderr=false"));
        String whileRunning;
        try (ChildAgent agent = ChildAgent.start(dir, sets)) {
            whileRunning = Files.readString(log);
            assertThat(whileRunning).as("written before the ready line, not at exit").contains("agent started");
            try (Socket s = new Socket(agent.ingestHost(), agent.ingestPort()); OutputStream out = s.getOutputStream()) {
                out.write("not json from +1 650 555 0142\n".getBytes(StandardCharsets.UTF_8));
            }
            agent.awaitCounter("ingest.malformed", 1, Duration.ofSeconds(20));
            agent.close(); // destroyForcibly: SIGKILL, no shutdown hook, no flush at exit
        }
        String afterKill = Files.readString(log);
        assertThat(afterKill).startsWith(whileRunning).contains("agent started").doesNotContain("555 0142");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    }
}
