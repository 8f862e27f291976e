package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's own log rotation: each file within the bound, the oldest dropped, every file 0600. */
class RotatingLogFileTest {
    private static final long BOUND = 1_000;
    /** Bytes in one test line, and whole lines in one file. */
    private static final int LEN = line(0).length;
    private static final int PER_FILE = (int) (BOUND / LEN);

    @TempDir
    Path dir;

    private static byte[] line(int i) {
        return String.format("line %05d of the test%n", i).getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writingPastTheBound_rotatesThroughTheFiles_andDropsTheOldest() throws Exception {
        Path live = dir.resolve("agent.log");
        try (RotatingLogFile file = new RotatingLogFile(live, BOUND, 3)) {
            for (int i = 0; i < 1_000; i++) { // about 23 files' worth
                file.write(line(i));
            }
        }

        assertThat(files()).extracting(p -> p.getFileName().toString())
                .containsExactly("agent.log", "agent.log.1", "agent.log.2");
        assertThat(Files.size(live)).isLessThanOrEqualTo(BOUND);
        assertThat(Files.size(dir.resolve("agent.log.1"))).isEqualTo((long) PER_FILE * LEN);
        assertThat(Files.size(dir.resolve("agent.log.2"))).isEqualTo((long) PER_FILE * LEN);
        // The three files hold the newest lines, in order, with none missing; everything older is gone.
        List<String> kept = new ArrayList<>(Files.readAllLines(dir.resolve("agent.log.2")));
        kept.addAll(Files.readAllLines(dir.resolve("agent.log.1")));
        kept.addAll(Files.readAllLines(live));
        int first = 1_000 - kept.size();
        assertThat(first).isGreaterThan(0);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i)).isEqualTo(String.format("line %05d of the test", first + i));
        }
    }

    @Test
    void everyFile_isCreatedOwnerOnly_andALiveFileFoundWiderIsTightened() throws Exception {
        Path live = dir.resolve("agent.log");
        Files.writeString(live, "from an older version\n");
        Files.setPosixFilePermissions(live, PosixFilePermissions.fromString("rw-r--r--"));
        try (RotatingLogFile file = new RotatingLogFile(live, BOUND, 2)) {
            for (int i = 0; i < 100; i++) {
                file.write(line(i));
            }
        }
        assertThat(files()).hasSize(2);
        for (Path p : files()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void anEntryIsInTheFileAsSoonAsWriteReturns() throws Exception {
        Path live = dir.resolve("agent.log");
        try (RotatingLogFile file = new RotatingLogFile(live, BOUND, 3)) {
            file.write(line(1));
            assertThat(Files.readString(live)).isEqualTo("line 00001 of the test\n");
        }
    }

    @Test
    void oneFile_startsOverWhenFull() throws Exception {
        Path live = dir.resolve("agent.log");
        try (RotatingLogFile file = new RotatingLogFile(live, BOUND, 1)) {
            for (int i = 0; i < PER_FILE + 3; i++) {
                file.write(line(i));
            }
        }
        assertThat(files()).containsExactly(live);
        assertThat(Files.readAllLines(live)).containsExactly(String.format("line %05d of the test", PER_FILE),
                String.format("line %05d of the test", PER_FILE + 1),
                String.format("line %05d of the test", PER_FILE + 2));
    }

    @Test
    void anExistingFileOverTheBound_isRotatedAtTheFirstWrite() throws Exception {
        Path live = dir.resolve("agent.log");
        Files.write(live, new byte[5_000]);
        try (RotatingLogFile file = new RotatingLogFile(live, BOUND, 2)) {
            file.write(line(7));
        }
        assertThat(Files.size(dir.resolve("agent.log.1"))).isEqualTo(5_000);
        assertThat(Files.readString(live)).isEqualTo("line 00007 of the test\n");
    }

    @Test
    void anEntryLongerThanTheBound_isCutToFitAtACharacterBoundary() throws Exception {
        Path live = dir.resolve("agent.log");
        byte[] huge = ("é".repeat(2_000) + "\n").getBytes(StandardCharsets.UTF_8); // 4,001 bytes
        try (RotatingLogFile file = new RotatingLogFile(live, BOUND, 2)) {
            file.write(line(1));
            file.write(huge);
        }
        byte[] written = Files.readAllBytes(live);
        assertThat(written.length).isLessThanOrEqualTo((int) BOUND);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).endsWith(RotatingLogFile.CUT_MARK).doesNotContain("\uFFFD").startsWith("éé");
        assertThat(Files.readString(dir.resolve("agent.log.1"))).isEqualTo("line 00001 of the test\n");
    }
}
