package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.household.Checks;
import java.util.List;

/**
 * SIP registrations ({@code sip.register}): one REGISTER every {@code registerIntervalS} (every
 * {@code natRegisterIntervalS} behind NAT), latency lognormal; a share fails with one of {@code failureCodes}; while
 * the WAN is down every attempt times out with 408 after {@code timeoutMs}, retried every {@code retryIntervalS};
 * after a boot or an outage the hub registers at once.
 */
public record SipProfile(int registerIntervalS, boolean behindNat, int natRegisterIntervalS, double failureShare,
        List<Integer> failureCodes, double latencyMedianMs, double latencySigma, int timeoutMs, int retryIntervalS) {

    public SipProfile {
        Checks.positive("sip.register_interval_s", registerIntervalS);
        Checks.positive("sip.nat_register_interval_s", natRegisterIntervalS);
        Checks.positive("sip.retry_interval_s", retryIntervalS);
        Checks.share("sip.failure_share", failureShare);
        Checks.positive("sip.latency_median_ms", latencyMedianMs);
        Checks.between("sip.timeout_ms", timeoutMs, 1, 120_000);
        failureCodes = List.copyOf(Checks.present("sip.failure_codes", failureCodes));
        if (failureCodes.isEmpty() || failureCodes.stream().anyMatch(c -> c < 300 || c > 699)) {
            throw new IllegalArgumentException("sip.failure_codes must be SIP codes 300..699, got " + failureCodes);
        }
    }

    int intervalS() {
        return behindNat ? natRegisterIntervalS : registerIntervalS;
    }
}
