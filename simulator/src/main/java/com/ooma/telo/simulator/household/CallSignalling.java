package com.ooma.telo.simulator.household;

/**
 * What the hub's SIP stack adds around each call: {@code call.setup} (post-dial delay, lognormal; the SIP Privacy
 * header on {@code *67} and withheld calls) and the DTMF digits typed into automated menus of toll-free numbers.
 *
 * @param ivrDtmfShare share of answered toll-free calls on which menu digits ({@code 1}, {@code 2#}…) are typed
 */
public record CallSignalling(double postDialDelayMedianMs, double postDialDelaySigma, double ivrDtmfShare) {

    public CallSignalling {
        Checks.positive("signalling.post_dial_delay_median_ms", postDialDelayMedianMs);
        Checks.share("signalling.ivr_dtmf_share", ivrDtmfShare);
    }
}
