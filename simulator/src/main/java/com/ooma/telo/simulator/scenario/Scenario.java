package com.ooma.telo.simulator.scenario;

import com.ooma.telo.simulator.device.DeviceProfile;
import com.ooma.telo.simulator.device.DectProfile;
import com.ooma.telo.simulator.device.DiagnosticsProfile;
import com.ooma.telo.simulator.device.NetworkProfile;
import com.ooma.telo.simulator.device.SipProfile;
import com.ooma.telo.simulator.device.SystemProfile;
import com.ooma.telo.simulator.household.CallSignalling;
import com.ooma.telo.simulator.household.Checks;
import com.ooma.telo.simulator.household.HouseholdProfile;
import com.ooma.telo.simulator.household.VoiceQuality;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One scenario file, every parameter of the household and hub models (docs/simulator.md § Scenario files): the
 * simulated period, the calls, the people, voice quality and signalling, the hub's own behaviour, and a fault
 * schedule. Loaded by {@link ScenarioLoader}.
 */
public record Scenario(String name, String description, LocalDate start, int days, ZoneId timezone,
        HouseholdProfile calls, People people, VoiceQuality voice, CallSignalling signalling, SipProfile sip,
        DectProfile dect, NetworkProfile network, SystemProfile system, DiagnosticsProfile diagnostics,
        List<Fault> faults) {

    public Scenario {
        Checks.present("name", name);
        Checks.present("description", description);
        Checks.present("start", start);
        Checks.present("timezone", timezone);
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days must be 1..366, got " + days);
        }
        Checks.present("calls", calls);
        Checks.present("people", people);
        Checks.present("voice", voice);
        Checks.present("signalling", signalling);
        faults = List.copyOf(Checks.present("faults", faults));
        Duration length = Duration.ofDays(days);
        for (Fault f : faults) {
            if (f.end().compareTo(length) > 0) {
                throw new IllegalArgumentException("fault " + Fault.name(f.kind()) + " at " + f.at()
                        + " ends after the scenario's " + days + " day(s)");
            }
        }
        new DeviceProfile(sip, dect, network, system, diagnostics);
    }

    public DeviceProfile device() {
        return new DeviceProfile(sip, dect, network, system, diagnostics);
    }

    /** The scenario's start, midnight in its time zone, as Unix ms. */
    public long startMs() {
        return start.atStartOfDay(timezone).toInstant().toEpochMilli();
    }

    /** The scenario's end (exclusive), as Unix ms: midnight after its last day. */
    public long endMs() {
        return start.plusDays(days).atStartOfDay(timezone).toInstant().toEpochMilli();
    }

    /** The same scenario over another number of days (faults after the new end are left out). */
    public Scenario withDays(int newDays) {
        Duration length = Duration.ofDays(newDays);
        List<Fault> kept = faults.stream().filter(f -> f.end().compareTo(length) <= 0).toList();
        return new Scenario(name, description, start, newDays, timezone, calls, people, voice, signalling, sip, dect,
                network, system, diagnostics, kept);
    }
}
