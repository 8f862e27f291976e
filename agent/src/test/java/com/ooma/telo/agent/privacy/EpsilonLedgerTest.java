package com.ooma.telo.agent.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpsilonLedgerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    @Test
    void budget_refusesToOverspend_andRenewsTheNextDay() {
        EpsilonLedger ledger = new EpsilonLedger(dir, 1_000_000);
        assertThat(ledger.trySpend(DAY, 600_000)).isTrue();
        assertThat(ledger.trySpend(DAY, 600_000)).as("would reach 1.2 of 1.0").isFalse();
        assertThat(ledger.trySpend(DAY, 400_000)).as("exactly the rest").isTrue();
        assertThat(ledger.trySpend(DAY, 1)).isFalse();
        assertThat(ledger.trySpend(DAY.plusDays(1), 1_000_000)).isTrue();
    }

    @Test
    void spending_survivesARestart() {
        new EpsilonLedger(dir, 1_000_000).trySpend(DAY, 900_000);
        EpsilonLedger after = new EpsilonLedger(dir, 1_000_000);
        assertThat(after.spentOn(DAY)).isEqualTo(900_000);
        assertThat(after.trySpend(DAY, 200_000)).isFalse();
    }

    @Test
    void unreadableLedger_countsTodayAsSpent() throws Exception {
        Files.writeString(dir.resolve(EpsilonLedger.FILE), "garbage");
        EpsilonLedger ledger = new EpsilonLedger(dir, 1_000_000);
        assertThat(ledger.trySpend(DAY, 1)).isFalse();
        assertThat(ledger.trySpend(DAY.plusDays(1), 1)).isTrue();
    }
}
