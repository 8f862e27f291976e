package com.ooma.telo.simulator.household;

/** Parameter checks shared by the model's records: each names the scenario field it checks. */
public final class Checks {
    private Checks() {}

    public static void share(String field, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(field + " must be a share in [0, 1], got " + p);
        }
    }

    public static void positive(String field, double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException(field + " must be positive, got " + x);
        }
    }

    public static void nonNegative(String field, double x) {
        if (!(x >= 0)) {
            throw new IllegalArgumentException(field + " must not be negative, got " + x);
        }
    }

    public static void between(String field, double x, double min, double max) {
        if (!(x >= min && x <= max)) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], got " + x);
        }
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }
}
