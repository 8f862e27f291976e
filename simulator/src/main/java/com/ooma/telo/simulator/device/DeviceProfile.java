package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.household.Checks;

/** Everything about the hub besides its calls, as a scenario file states it. */
public record DeviceProfile(SipProfile sip, DectProfile dect, NetworkProfile network, SystemProfile system,
        DiagnosticsProfile diagnostics) {

    public DeviceProfile {
        Checks.present("sip", sip);
        Checks.present("dect", dect);
        Checks.present("network", network);
        Checks.present("system", system);
        Checks.present("diagnostics", diagnostics);
    }
}
