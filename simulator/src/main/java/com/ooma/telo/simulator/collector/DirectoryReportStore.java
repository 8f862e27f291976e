package com.ooma.telo.simulator.collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link ReportStore} for collectors in separate processes on one host (or one POSIX file system): one folder per
 * device, one empty marker file per stored report, {@code <boot>-<seq>}, created with {@code O_CREAT|O_EXCL}
 * ({@link Files#createFile}), which the kernel makes atomic: exactly one process creates a given marker. No lock
 * file, no index to corrupt; a crash between opening a report and claiming it leaves it unclaimed, so the next
 * delivery stores it.
 */
public final class DirectoryReportStore implements ReportStore {
    private final Path root;

    public DirectoryReportStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    @Override
    public boolean claim(String deviceIdHex, long bootEpoch, long seq) {
        if (!deviceIdHex.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a device id: " + deviceIdHex.length() + " characters");
        }
        try {
            Path device = Files.createDirectories(root.resolve(deviceIdHex));
            Files.createFile(device.resolve(bootEpoch + "-" + seq));
            return true;
        } catch (FileAlreadyExistsException stored) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("report store " + root + " is not writable", e);
        }
    }
}
