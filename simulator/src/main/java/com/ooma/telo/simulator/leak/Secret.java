package com.ooma.telo.simulator.leak;

/**
 * One personal value a run put into the events it played, exactly as played, with its kind. A leak scan looks for
 * every spelling of it; the value itself is never printed.
 */
public record Secret(SecretKind kind, String value) {

    public Secret {
        if (kind == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret needs a kind and a value");
        }
    }

    public static Secret phone(String asPlayed) {
        return new Secret(SecretKind.PHONE_NUMBER, asPlayed);
    }

    public static Secret name(String asPlayed) {
        return new Secret(SecretKind.NAME, asPlayed);
    }

    /** Never the value: a stray log line must not leak it. */
    @Override
    public String toString() {
        return "Secret[" + kind + "]";
    }
}
