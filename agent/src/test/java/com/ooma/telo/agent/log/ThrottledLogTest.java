package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The throttled drop-in for {@code Logger}, through the test JVM's tinylog (the redacting writer on stderr, which
 * it looks up per entry, so the test can capture it): one throttle per format, the suppressed count on the line,
 * and the caller's class name kept.
 */
class ThrottledLogTest {
    private static List<String> captureStderr(Runnable r) {
        org.tinylog.Logger.info("logging in use"); // freezes the test configuration before stderr is swapped
        PrintStream saved = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(saved);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aRepeatedSite_writesThe1st2nd4th_withTheSuppressedCount_andTheCallersClassName() {
        List<String> lines = captureStderr(() -> {
            for (int i = 0; i < 7; i++) {
                ThrottledLog.warn("test: site A failed ({})", "IOException");
            }
        });

        assertThat(lines).hasSize(3).allMatch(l -> l.contains("WARN [main] ThrottledLogTest: test: site A failed"));
        assertThat(lines.get(0)).endsWith("failed (IOException)");
        assertThat(lines.get(1)).endsWith("failed (IOException)");
        assertThat(lines.get(2)).endsWith("failed (IOException) [1 more suppressed]");
        assertThat(ThrottledLog.occurrences("test: site A failed ({})")).isEqualTo(7);
    }

    @Test
    void eachFormat_hasItsOwnThrottle() {
        List<String> lines = captureStderr(() -> {
            for (int i = 0; i < 3; i++) {
                ThrottledLog.error("test: site B {}", i);
                ThrottledLog.info("test: site C {}", i);
            }
        });
        assertThat(lines).hasSize(4).anyMatch(l -> l.endsWith("ERROR [main] ThrottledLogTest: test: site B 1"))
                .anyMatch(l -> l.endsWith("INFO [main] ThrottledLogTest: test: site C 1"));
    }

    @Test
    void belowTheLevel_nothingIsCountedOrWritten() {
        List<String> lines = captureStderr(() -> ThrottledLog.debug("test: site D {}", 1));
        assertThat(lines).isEmpty();
        assertThat(ThrottledLog.occurrences("test: site D {}")).isZero();
    }

    @Test
    void theLine_isStillRedacted() {
        List<String> lines = captureStderr(() -> ThrottledLog.warn("test: site E from {}", "+1 415 555 0142"));
        assertThat(lines).singleElement().asString().endsWith("test: site E from <PHONE>");
    }

    @Test
    void message_appendsTheSuppressedCountOnlyWhenThereIsOne() {
        assertThat(ThrottledLog.message("a {} b", new Object[] {1}, 0)).isEqualTo("a 1 b");
        assertThat(ThrottledLog.message("a {} b", new Object[] {1}, 12)).isEqualTo("a 1 b [12 more suppressed]");
    }
}
