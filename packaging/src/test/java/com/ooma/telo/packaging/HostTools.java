package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The host tools the packaging checks run ({@code systemd-analyze}, {@code dpkg-deb}, {@code mosquitto}). Where one
 * is missing the test is skipped, except under {@code CI=true}, where it fails: {@code .ci/run} installs them all.
 */
final class HostTools {
    private HostTools() {
    }

    /** The tool's path, or the test is skipped (fails under CI=true) naming the Debian package that provides it. */
    static Path require(String name, String debianPackage) {
        Optional<Path> found = find(name);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(found).as("%s (Debian package %s) must be installed under CI=true; .ci/run installs it",
                    name, debianPackage).isPresent();
        }
        Assumptions.assumeTrue(found.isPresent(), name + " is not installed (apt-get install " + debianPackage
                + "); skipped");
        return found.get();
    }

    /** {@code name} on PATH or in the sbin folders (root's tools are often not on a test's PATH). */
    static Optional<Path> find(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/local/sbin", "/usr/bin", "/bin"));
        for (String dir : dirs) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }
}
