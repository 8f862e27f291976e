package com.ooma.telo.simulator.household;

import java.util.Arrays;

/**
 * The behaviour of a simulated household as tunable parameters (modelling assumptions from docs/telephony.md, not
 * truths). Shares are probabilities in [0, 1]; weights need not sum to 1.
 */
public record HouseholdProfile(
        CallVolume volume,
        InboundMix inbound,
        OutboundMix outbound,
        DestinationMix destinations,
        TalkTime talkTime,
        TimeOfDay timeOfDay,
        Equipment equipment) {

    /** Calls per day: negative binomial with this mean and variance; weekends scaled by {@code weekendFactor}. */
    public record CallVolume(double mean, double variance, double weekendFactor) {
        public CallVolume {
            if (!(variance > mean) || !(mean > 0)) {
                throw new IllegalArgumentException("negative binomial needs variance > mean > 0, got mean=" + mean
                        + " variance=" + variance);
            }
        }
    }

    /**
     * Inbound calls: how many come from spam sources, how many of those the hub's block list stops or arrive with the
     * caller ID withheld, and how the rest end (answered, rejected by the user, otherwise voicemail).
     */
    public record InboundMix(double share, double spamShare, double blockedShareOfSpam, double withheldShareOfSpam,
            double answeredShare, double rejectedShare, long ringBeforeVoicemailMs) {
        public InboundMix {
            Checks.share("calls.inbound.share", share);
            Checks.share("calls.inbound.spam_share", spamShare);
            Checks.share("calls.inbound.blocked_share_of_spam", blockedShareOfSpam);
            Checks.share("calls.inbound.withheld_share_of_spam", withheldShareOfSpam);
            Checks.share("calls.inbound.answered_share", answeredShare);
            Checks.share("calls.inbound.rejected_share", rejectedShare);
            Checks.share("calls.inbound.answered_share + rejected_share", answeredShare + rejectedShare);
            Checks.nonNegative("calls.inbound.ring_before_voicemail_ms", ringBeforeVoicemailMs);
        }
    }

    /** Outbound call outcomes as weights; failures end with 404, 484 or 503. */
    public record OutboundMix(double answered, double noAnswer, double busy, double failed, double hideCallerIdShare) {
        public OutboundMix {
            weights("calls.outbound", answered, noAnswer, busy, failed);
            Checks.share("calls.outbound.hide_caller_id_share", hideCallerIdShare);
        }
    }

    /**
     * Where outbound calls go, as weights: domestic contacts, toll-free businesses, N11 services (211, 311, 411…),
     * contacts abroad, 911 and 933 (the E911 address read-back test). One extra 911 call a day is added when
     * {@code includeEmergencyCall} (the demo's {@code --emergency}).
     */
    public record DestinationMix(double domestic, double tollFree, double n11, double international,
            double emergency, double emergencyTest, boolean includeEmergencyCall) {
        public DestinationMix {
            weights("calls.destinations", domestic, tollFree, n11, international, emergency, emergencyTest);
        }
    }

    /** Answered talk time: a short-hang-up mode, otherwise lognormal with this median and sigma, clamped. */
    public record TalkTime(double shortModeShare, int shortMinS, int shortMaxS, double medianS, double sigma,
            int clampS) {
        public TalkTime {
            Checks.share("calls.talk_time.short_mode_share", shortModeShare);
            if (shortMinS < 1 || shortMaxS < shortMinS) {
                throw new IllegalArgumentException("calls.talk_time needs 1 <= short_min_s <= short_max_s");
            }
            Checks.positive("calls.talk_time.median_s", medianS);
            Checks.nonNegative("calls.talk_time.sigma", sigma);
            Checks.positive("calls.talk_time.clamp_s", clampS);
        }
    }

    /** Relative call rate for each hour of the local day (24 weights). */
    public record TimeOfDay(double[] hourWeights) {
        public TimeOfDay {
            if (hourWeights.length != 24) {
                throw new IllegalArgumentException("need 24 hour weights, got " + hourWeights.length);
            }
            weights("calls.time_of_day.hour_weights", hourWeights);
            hourWeights = hourWeights.clone();
        }

        @Override
        public double[] hourWeights() {
            return hourWeights.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TimeOfDay t && Arrays.equals(hourWeights, t.hourWeights);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hourWeights);
        }

        @Override
        public String toString() {
            return "TimeOfDay" + Arrays.toString(hourWeights);
        }
    }

    /** Handsets in the home and how often each codec is negotiated (weights for PCMU, G722, OPUS). */
    public record Equipment(int handsets, double pcmu, double g722, double opus) {
        public Equipment {
            if (handsets < 1 || handsets > 5) {
                throw new IllegalArgumentException("handsets must be 1..5, got " + handsets);
            }
            weights("calls.equipment", pcmu, g722, opus);
        }
    }

    /** Weights: none negative, at least one positive. */
    private static void weights(String field, double... w) {
        double total = 0;
        for (double x : w) {
            Checks.nonNegative(field + " (each weight)", x);
            total += x;
        }
        Checks.positive(field + " (sum of weights)", total);
    }

    /** The "realistic household" of docs/telephony.md: about 4 calls a day, 62 % inbound, a third of those spam. */
    public static HouseholdProfile typical() {
        return new HouseholdProfile(
                new CallVolume(4.0, 12.0, 1.15),
                new InboundMix(0.62, 0.32, 0.25, 0.30, 0.52, 0.04, 25_000),
                new OutboundMix(0.75, 0.18, 0.035, 0.015, 0.05),
                new DestinationMix(0.88, 0.07, 0.01, 0.04, 0.0, 0.0, false),
                new TalkTime(0.15, 5, 30, 120.0, 1.1, 4 * 3600),
                new TimeOfDay(new double[] {
                    0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, // 00-07
                    1.5, 3, 3, 3, 3, 3, 3, 3, // 08-15
                    3.5, 5, 5, 5, 3.5, 2, 0.8, 0.3}), // 16-23
                new Equipment(3, 0.35, 0.55, 0.10));
    }

    /** The same household with a 911 call added to each day (a rare scenario, only on request). */
    public HouseholdProfile withEmergencyCall() {
        DestinationMix d = destinations;
        return new HouseholdProfile(volume, inbound, outbound,
                new DestinationMix(d.domestic(), d.tollFree(), d.n11(), d.international(), d.emergency(),
                        d.emergencyTest(), true),
                talkTime, timeOfDay, equipment);
    }
}
