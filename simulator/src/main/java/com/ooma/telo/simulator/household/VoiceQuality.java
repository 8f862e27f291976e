package com.ooma.telo.simulator.household;

/**
 * The RFC 6035 voice-quality summary of answered calls ({@code call.quality}). Most calls are good; a share is poor
 * (a congested uplink): lower MOS, more loss and jitter. Loss, jitter and round trip are lognormal around their
 * medians with one spread ({@code sigma}); a poor call multiplies loss and jitter by {@code poorFactor}.
 *
 * @param unavailableShare share of summaries whose MOS is 127, RFC 6035's "unavailable" (the agent must not count it)
 */
public record VoiceQuality(double poorShare, double goodMosMean, double poorMosMean, double mosSd,
        double lossPctMedian, double jitterMsMedian, double roundTripMsMedian, double sigma, double poorFactor,
        double unavailableShare) {

    public VoiceQuality {
        Checks.share("voice.poor_share", poorShare);
        Checks.share("voice.unavailable_share", unavailableShare);
        Checks.between("voice.good_mos_mean", goodMosMean, 1, 5);
        Checks.between("voice.poor_mos_mean", poorMosMean, 1, 5);
        Checks.positive("voice.loss_pct_median", lossPctMedian);
        Checks.positive("voice.jitter_ms_median", jitterMsMedian);
        Checks.positive("voice.round_trip_ms_median", roundTripMsMedian);
    }
}
