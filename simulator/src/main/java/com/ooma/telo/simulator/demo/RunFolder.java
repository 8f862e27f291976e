package com.ooma.telo.simulator.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tinylog.Logger;

/** Removes a run folder (keys, spool, logs) once the demo is done with it. */
final class RunFolder {
    private RunFolder() {}

    static void delete(Path root) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            Logger.warn("could not list the run folder for deletion ({})", e.getClass().getSimpleName());
            return;
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                Logger.warn("could not delete a file in the run folder ({})", e.getClass().getSimpleName());
            }
        }
    }
}
