package com.ooma.telo.simulator.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the hub's one JVM flags file, as the launcher script and the docs' shell command read it. */
class JvmFlagsTest {
    /** The file the build names for tests: the repository's packaging/src/hub/jvm.flags. */
    static final Path REPOSITORY_FILE = Path.of(System.getProperty(JvmFlags.PROPERTY));

    @TempDir
    Path elsewhere;

    @Test
    void parse_keepsOneFlagPerLine_inOrder_skippingCommentsAndBlankLines() {
        JvmFlags flags = JvmFlags.parse("# heap\n-Xmx32m\n\n   \n#-Xss1m\n-XX:+UseSerialGC\n-Dfile.encoding=UTF-8",
                "test");

        assertThat(flags.flags()).containsExactly("-Xmx32m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8");
    }

    @Test
    void parse_refusesALineTheShellWouldSplit_namingFileAndLine() {
        assertThatThrownBy(() -> JvmFlags.parse("-Xmx32m\n-Xss256k -XX:+UseSerialGC\n", "jvm.flags"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jvm.flags line 2: \"-Xss256k -XX:+UseSerialGC\" is not one flag");
        assertThatThrownBy(() -> JvmFlags.parse("  # an indented comment\n", "jvm.flags"))
                .hasMessageContaining("line 1");
    }

    @Test
    void theShippedFile_capsTheHeap_andWritesNoHeapDumpOrCrashFile() throws IOException {
        List<String> flags = JvmFlags.read(REPOSITORY_FILE).flags();

        assertThat(flags).anyMatch(flag -> flag.startsWith("-Xmx"));
        assertThat(flags).contains("-XX:-HeapDumpOnOutOfMemoryError", "-XX:ErrorFile=/dev/null",
                "-XX:+DisableAttachMechanism");
    }

    @Test
    void hub_readsTheFileThePropertyNames() throws IOException {
        JvmFlags flags = JvmFlags.hub(REPOSITORY_FILE.toString(), elsewhere);

        assertThat(flags.flags()).isEqualTo(JvmFlags.read(REPOSITORY_FILE).flags());
        assertThat(flags.source()).isEqualTo(REPOSITORY_FILE.toString());
    }

    @Test
    void hub_withThePropertyNamingAMissingFile_saysWhichFile() {
        Path missing = elsewhere.resolve("jvm.flags");

        assertThatThrownBy(() -> JvmFlags.hub(missing.toString(), elsewhere))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void hub_fromTheRepositoryOrAModuleFolder_readsTheRepositoryFile() throws IOException {
        Path root = REPOSITORY_FILE.toAbsolutePath().normalize().getParent().getParent().getParent().getParent();

        String inRepository = root.resolve(JvmFlags.REPOSITORY_FILE).toString();

        assertThat(JvmFlags.hub(null, root).source()).isEqualTo(inRepository);
        assertThat(JvmFlags.hub(null, root.resolve("simulator")).source()).isEqualTo(inRepository);
    }

    @Test
    void hub_outsideTheRepository_usesTheCopyPackedIntoTheJar_withTheSameFlags() throws IOException {
        JvmFlags flags = JvmFlags.hub(null, elsewhere);

        assertThat(flags.source()).isEqualTo("jvm.flags in the simulator jar");
        assertThat(flags.flags()).isEqualTo(JvmFlags.read(REPOSITORY_FILE).flags());
    }
}
