package com.ooma.telo.simulator.device;

import com.ooma.telo.agent.event.Labels;
import com.ooma.telo.simulator.household.Checks;
import java.util.Map;

/**
 * The WAN side: outages ({@code network.wan} down, then up with {@code outage_ms}; Poisson per day, lognormal
 * length), address changes (the ISP hands out a new address: down and up within seconds, new {@code wan_ip}; a
 * share of new addresses is carrier-grade NAT, 100.64.0.0/10), round-trip probes to the SBC ({@code network.rtt}
 * every {@code rttIntervalS} while the link is up, lognormal) and DNS failures ({@code network.dns_failure}: Poisson
 * per day by reason weights, plus a timeout at the start of every outage).
 */
public record NetworkProfile(double outagesPerDay, double outageMedianS, double outageSigma,
        double addressChangesPerDay, double cgnatShare, int rttIntervalS, double rttMedianMs, double rttSigma,
        double dnsFailuresPerDay, Map<String, Double> dnsFailureReasons) {

    public NetworkProfile {
        Checks.nonNegative("network.outages_per_day", outagesPerDay);
        Checks.positive("network.outage_median_s", outageMedianS);
        Checks.nonNegative("network.address_changes_per_day", addressChangesPerDay);
        Checks.share("network.cgnat_share", cgnatShare);
        Checks.positive("network.rtt_interval_s", rttIntervalS);
        Checks.positive("network.rtt_median_ms", rttMedianMs);
        Checks.nonNegative("network.dns_failures_per_day", dnsFailuresPerDay);
        dnsFailureReasons = Weights.check("network.dns_failure_reasons", dnsFailureReasons, Labels.DNS_FAILURES);
    }
}
