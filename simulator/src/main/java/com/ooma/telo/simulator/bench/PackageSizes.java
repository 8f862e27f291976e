package com.ooma.telo.simulator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a hub stores, if the build made it: the agent jar, the .deb, the hub tarball and the runtime-image tarball,
 * found under the repository's build folders. A file the build did not make is absent (printed "not built").
 */
public final class PackageSizes {
    /** What is looked for: a name, and the file (or glob, in {@code packaging/target}) it is built as. */
    static final Map<String, String> WANTED = wanted();

    private PackageSizes() {}

    private static Map<String, String> wanted() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agent_jar", "agent/target/telo-agent.jar");
        m.put("deb", "packaging/target/telo-agent_*_all.deb");
        m.put("hub_tarball", "packaging/target/telo-agent-hub.tar.gz");
        m.put("runtime_image_tarball", "packaging/target/telo-agent-image-linux-*.tar.gz");
        return m;
    }

    /** Sizes in bytes, by name; empty where the file is not built. */
    public static Map<String, Optional<Long>> under(Path repository) throws IOException {
        Map<String, Optional<Long>> sizes = new LinkedHashMap<>();
        for (Map.Entry<String, String> w : WANTED.entrySet()) {
            sizes.put(w.getKey(), find(repository, w.getValue()));
        }
        return sizes;
    }

    private static Optional<Long> find(Path repository, String pattern) throws IOException {
        Path p = repository.resolve(pattern);
        Path folder = p.getParent();
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        var glob = folder.getFileSystem().getPathMatcher("glob:" + p.getFileName());
        try (Stream<Path> files = Files.list(folder)) {
            Optional<Path> hit = files.filter(f -> glob.matches(f.getFileName()) && Files.isRegularFile(f)).findFirst();
            return hit.isPresent() ? Optional.of(Files.size(hit.get())) : Optional.empty();
        }
    }
}
