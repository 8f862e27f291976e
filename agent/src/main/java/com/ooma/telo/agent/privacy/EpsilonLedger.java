package com.ooma.telo.agent.privacy;

import com.ooma.telo.agent.state.DurableFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.tinylog.Logger;

/**
 * The device's daily ε budget, in millionths of ε, kept in {@code state.dir/dp-ledger} ({@code v1 <day> <spent>\n}).
 * Spending is made durable (temporary file, fsync, rename) before the noised values are released, so a crash can
 * never let the device forget what it spent. An unreadable ledger makes the first day asked about count as exhausted:
 * refuse rather than overspend.
 */
final class EpsilonLedger {
    static final String FILE = "dp-ledger";

    private final Path dir;
    private final long budgetMicros;
    private LocalDate day;
    private long spentMicros;
    private boolean unreadable;

    EpsilonLedger(Path stateDir, long budgetMicros) {
        this.dir = stateDir;
        this.budgetMicros = budgetMicros;
        load();
    }

    /** Spends {@code micros} on {@code today} if the budget allows; false (nothing spent) otherwise. */
    boolean trySpend(LocalDate today, long micros) {
        if (unreadable) {
            unreadable = false;
            day = today;
            spentMicros = budgetMicros;
        }
        long spent = today.equals(day) ? spentMicros : 0;
        if (spent + micros > budgetMicros) {
            return false;
        }
        try {
            persist(today, spent + micros);
        } catch (IOException e) {
            Logger.warn("privacy: ε ledger not written ({}); refusing to release noised values",
                    e.getClass().getSimpleName());
            return false;
        }
        day = today;
        spentMicros = spent + micros;
        return true;
    }

    long spentOn(LocalDate today) {
        return today.equals(day) ? spentMicros : 0;
    }

    private void load() {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        try {
            String[] p = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
            if (p.length != 3 || !p[0].equals("v1")) {
                throw new IOException("unknown ledger format");
            }
            day = LocalDate.parse(p[1]);
            spentMicros = Long.parseLong(p[2]);
        } catch (IOException | RuntimeException e) {
            Logger.warn("privacy: ε ledger unreadable ({}); today counts as spent", e.getClass().getSimpleName());
            unreadable = true;
        }
    }

    private void persist(LocalDate today, long spent) throws IOException {
        DurableFiles.replace(dir.resolve(FILE), ("v1 " + today + " " + spent + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
