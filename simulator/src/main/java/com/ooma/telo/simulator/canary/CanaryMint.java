package com.ooma.telo.simulator.canary;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Makes the canaries of hub {@code i} of a run from the run's seeded generator. Line numbers and WAN addresses are
 * spread by hub index so that hubs of one run never share them (lines: up to 1,600 hubs; WAN addresses: up to
 * 735, then they repeat); names, addresses, emails and card numbers are drawn, from an
 * alphabet large enough that two hubs sharing one is vanishingly unlikely.
 */
public final class CanaryMint {
    /** Area codes no contact of the fictional household uses. */
    private static final List<String> AREA_CODES = List.of("213", "310", "408", "510", "617", "720", "808", "919",
            "971", "206", "303", "404", "512", "602", "614", "615", "713", "801", "813", "916");
    /** 555-01xx subscriber numbers that no contact of the fictional household uses. */
    private static final int[] FREE_SUBSCRIBERS = freeSubscribers();
    static final int LINE_SLOTS = AREA_CODES.size() * FREE_SUBSCRIBERS.length;
    static final int IP_SLOTS = 3 * 245;
    private static final String[] IP_RANGES = {"192.0.2.", "198.51.100.", "203.0.113."};
    private static final String[] ONSETS = {"qu", "z", "v", "th", "br", "k", "m", "sn", "gr", "pl", "x", "d", "f",
        "j", "w", "sk"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "y", "ai", "ou"};
    private static final String[] CODAS = {"", "n", "r", "x", "l", "m", "th", "k"};
    private static final String[] STREET_TYPES = {"Lane", "Court", "Terrace", "Way", "Row"};

    private CanaryMint() {}

    public static Canaries mint(RandomGenerator rng, int hubIndex, long runSalt) {
        int slot = (int) Math.floorMod(hubIndex + runSalt, (long) LINE_SLOTS);
        String line = AREA_CODES.get(slot / FREE_SUBSCRIBERS.length) + "555"
                + String.format(Locale.ROOT, "%04d", FREE_SUBSCRIBERS[slot % FREE_SUBSCRIBERS.length]);
        int ipSlot = (int) Math.floorMod(hubIndex + runSalt, (long) IP_SLOTS);
        String wanIp = IP_RANGES[ipSlot / 245] + (10 + ipSlot % 245);
        String surname = word(rng, 3, 8);
        String given = word(rng, 2, 6);
        String cnam = (surname + " " + given).toUpperCase(Locale.ROOT);
        String street = capitalised(word(rng, 3, 9));
        String address = (1000 + rng.nextInt(9000)) + " " + street + " " + STREET_TYPES[rng.nextInt(5)]
                + ", Apt " + (1 + rng.nextInt(40)) + ", Palo Alto, CA 94301";
        String email = given + "." + surname + "." + (1000 + rng.nextInt(9000)) + "@example.net";
        return new Canaries(line, cnam, address, mac(rng), wanIp, email, card(rng));
    }

    /** A locally administered, unicast MAC (first octet 0x02 set, 0x01 clear). */
    public static String mac(RandomGenerator rng) {
        StringBuilder sb = new StringBuilder("02");
        for (int i = 0; i < 5; i++) {
            sb.append(':').append(String.format(Locale.ROOT, "%02x", rng.nextInt(256)));
        }
        return sb.toString();
    }

    /** 16 digits under the test prefix 400000, Luhn-valid. */
    static String card(RandomGenerator rng) {
        StringBuilder sb = new StringBuilder("400000");
        while (sb.length() < 15) {
            sb.append(rng.nextInt(10));
        }
        return sb.append(luhnCheckDigit(sb)).toString();
    }

    static int luhnCheckDigit(CharSequence first15) {
        int sum = 0;
        for (int i = 0; i < first15.length(); i++) {
            int d = first15.charAt(first15.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    private static String word(RandomGenerator rng, int syllables, int maxLength) {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                sb.append(ONSETS[rng.nextInt(ONSETS.length)]).append(VOWELS[rng.nextInt(VOWELS.length)])
                        .append(CODAS[rng.nextInt(CODAS.length)]);
            }
            if (sb.length() >= 5 && sb.length() <= maxLength) {
                return sb.toString();
            }
        }
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int[] freeSubscribers() {
        int[] used = {100, 104, 111, 117, 123, 126, 133, 137, 142, 148, 152, 156, 164, 170, 175, 181, 189, 190,
            196, 199};
        return java.util.stream.IntStream.range(100, 200)
                .filter(s -> java.util.Arrays.stream(used).noneMatch(u -> u == s)).toArray();
    }
}
