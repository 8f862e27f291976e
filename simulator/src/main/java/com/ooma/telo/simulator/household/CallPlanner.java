package com.ooma.telo.simulator.household;

import com.ooma.telo.simulator.household.HouseholdProfile.DestinationMix;
import com.ooma.telo.simulator.household.HouseholdProfile.InboundMix;
import com.ooma.telo.simulator.household.HouseholdProfile.OutboundMix;
import java.util.List;

/** Turns a start time into one complete call: who, which way, how it ended, how long it rang and talked. */
final class CallPlanner {
    private static final List<String> N11_CODES = List.of("211", "311", "411", "511", "611", "811");
    private static final int[] FAILURE_CODES = {404, 484, 503};
    private static final String[] CODECS = {"PCMU", "G722", "OPUS"};

    private final HouseholdProfile profile;
    private final Household household;
    private final Draws draws;
    private final DialStyles dial;

    CallPlanner(HouseholdProfile profile, Household household, Draws draws) {
        this.profile = profile;
        this.household = household;
        this.draws = draws;
        this.dial = new DialStyles(draws, household.areaCode());
    }

    CallEvent plan(long startedAt) {
        return draws.chance(profile.inbound().share()) ? inbound(startedAt) : outbound(startedAt);
    }

    CallEvent emergency(long startedAt) {
        return finish(startedAt, "outbound", "911", null, "answered", 200, 4_000);
    }

    private CallEvent inbound(long startedAt) {
        InboundMix mix = profile.inbound();
        boolean spam = draws.chance(mix.spamShare());
        Contact caller = draws.pick(spam ? household.unknownCallers() : household.contacts());
        boolean withheld = spam && draws.chance(mix.withheldShareOfSpam());
        String number = withheld ? "anonymous" : dial.presented(caller);
        String name = withheld ? null : caller.callerIdName();
        if (spam && draws.chance(mix.blockedShareOfSpam())) {
            return finish(startedAt, "inbound", number, name, "blocked", 603, 0);
        }
        double r = draws.unit();
        if (r < mix.answeredShare()) {
            return finish(startedAt, "inbound", number, name, "answered", 200, draws.uniform(3_000, 20_000));
        }
        if (r < mix.answeredShare() + mix.rejectedShare()) {
            return finish(startedAt, "inbound", number, name, "rejected", 603, draws.uniform(2_000, 10_000));
        }
        long ringAndMessage = mix.ringBeforeVoicemailMs() + draws.uniform(0, 60_000);
        return finish(startedAt, "inbound", number, name, "voicemail", 480, ringAndMessage);
    }

    private CallEvent outbound(long startedAt) {
        DestinationMix d = profile.destinations();
        OutboundMix o = profile.outbound();
        String number;
        String name;
        switch (draws.weighted(d.domestic(), d.tollFree(), d.n11(), d.international(), d.emergency(),
                d.emergencyTest())) {
            case 0 -> {
                Contact c = draws.pick(household.domesticContacts());
                number = dial.dialDomestic(c.number(), draws.chance(o.hideCallerIdShare()));
                name = c.displayName();
            }
            case 1 -> {
                Contact c = draws.pick(household.tollFree());
                number = dial.dialDomestic(c.number(), false);
                name = c.displayName();
            }
            case 2 -> {
                number = draws.pick(N11_CODES);
                name = null;
            }
            case 3 -> {
                Contact c = draws.pick(household.contactsAbroad());
                number = dial.dialAbroad(c.number());
                name = c.displayName();
            }
            case 4 -> {
                return emergency(startedAt);
            }
            default -> {
                // 933 reads back the registered 911 address: a short, always-answered automated call.
                return finish(startedAt, "outbound", "933", null, "answered", 200, 2_000);
            }
        }
        return switch (draws.weighted(o.answered(), o.noAnswer(), o.busy(), o.failed())) {
            case 0 -> finish(startedAt, "outbound", number, name, "answered", 200, draws.uniform(3_000, 20_000));
            case 1 -> finish(startedAt, "outbound", number, name, "no_answer", 487, draws.uniform(20_000, 45_000));
            case 2 -> finish(startedAt, "outbound", number, name, "busy", 486, draws.uniform(1_000, 3_000));
            default -> finish(startedAt, "outbound", number, name, "failed",
                    FAILURE_CODES[draws.uniform(0, FAILURE_CODES.length - 1)], draws.uniform(0, 2_000));
        };
    }

    private CallEvent finish(long startedAt, String direction, String number, String name, String disposition,
            int sipCode, long ringMs) {
        boolean answered = "answered".equals(disposition);
        long talkMs = answered ? talkTimeMs() : 0;
        var e = profile.equipment();
        return new CallEvent(
                startedAt + ringMs + talkMs,
                draws.hex(16) + "@hub",
                direction,
                number,
                name == null || name.isEmpty() ? null : name,
                "+1" + household.lineNumber(),
                disposition,
                startedAt,
                talkMs,
                sipCode,
                CODECS[draws.weighted(e.pcmu(), e.g722(), e.opus())],
                draws.uniform(1, e.handsets()));
    }

    private long talkTimeMs() {
        var t = profile.talkTime();
        if (draws.chance(t.shortModeShare())) {
            return draws.uniform(t.shortMinS(), t.shortMaxS()) * 1000L;
        }
        return Math.max(1_000, Math.min(draws.lognormalMs(t.medianS(), t.sigma()), t.clampS() * 1000L));
    }
}
