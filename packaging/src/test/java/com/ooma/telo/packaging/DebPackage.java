package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The .deb that {@code package} built ({@code target/telo-agent_VERSION_all.deb}), read with {@code dpkg-deb}. */
final class DebPackage {
    private DebPackage() {
    }

    /** The newest {@code target/telo-agent_*_all.deb}. */
    static Path built() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().matches("telo-agent_.+_all\\.deb"))
                    .sorted(Comparator.comparing(DebPackage::modified).reversed()).toList();
            assertThat(debs).as("mvn package builds target/telo-agent_VERSION_all.deb").isNotEmpty();
            return debs.get(0).toAbsolutePath();
        }
    }

    /** {@code dpkg-deb ARGS... DEB}, which must succeed; its output. */
    static String dpkgDeb(Path dpkgDeb, Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(dpkgDeb.toString()));
        command.addAll(List.of(args));
        ShellRun run = ShellRun.of(command, dir, Map.of());
        assertThat(run.exitCode()).as("dpkg-deb %s: %s", String.join(" ", args), run.output()).isZero();
        return run.output();
    }

    /** The data files unpacked into {@code root} ({@code dpkg-deb -x}), as an installer would see them. */
    static void extract(Path dpkgDeb, Path deb, Path root) throws Exception {
        dpkgDeb(dpkgDeb, root, "-x", deb.toString(), root.toString());
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
