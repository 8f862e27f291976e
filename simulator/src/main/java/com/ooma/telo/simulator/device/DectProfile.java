package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.household.Checks;

/**
 * The DECT base: {@code dect.status} every {@code statusIntervalS} with the handsets registered; one
 * {@code dect.link} sample every {@code linkIntervalS}, taking the registered handsets in turn (RSSI normal around
 * {@code rssiMeanDbm}, a share out of range); {@code dect.subscription} events at {@code subscriptionsPerWeek}
 * (Poisson), each a new handset subscribing, one leaving, or a failed attempt ({@code subscriptionFailureShare}).
 * The handsets at the start are {@code calls.equipment.handsets}.
 */
public record DectProfile(int statusIntervalS, int linkIntervalS, double rssiMeanDbm, double rssiSdDb,
        double outOfRangeShare, double subscriptionsPerWeek, double subscriptionFailureShare) {

    public DectProfile {
        Checks.positive("dect.status_interval_s", statusIntervalS);
        Checks.positive("dect.link_interval_s", linkIntervalS);
        Checks.between("dect.rssi_mean_dbm", rssiMeanDbm, -120, 0);
        Checks.nonNegative("dect.rssi_sd_db", rssiSdDb);
        Checks.share("dect.out_of_range_share", outOfRangeShare);
        Checks.nonNegative("dect.subscriptions_per_week", subscriptionsPerWeek);
        Checks.share("dect.subscription_failure_share", subscriptionFailureShare);
    }
}
