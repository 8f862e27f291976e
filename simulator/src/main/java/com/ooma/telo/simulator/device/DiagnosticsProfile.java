package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.household.Checks;

/**
 * Diagnostic log lines from the hub's own software ({@code diag.log}, a type the agent does not declare yet): Poisson
 * per day, a share of them quoting personal data (the line number, a caller's name or number, the 911 address, the
 * WAN IP, the MAC, the voicemail email), as real firmware logs do. Always generated; played only when {@code play}.
 */
public record DiagnosticsProfile(boolean play, double linesPerDay, double personalShare) {

    public DiagnosticsProfile {
        Checks.nonNegative("diagnostics.lines_per_day", linesPerDay);
        Checks.share("diagnostics.personal_share", personalShare);
    }
}
