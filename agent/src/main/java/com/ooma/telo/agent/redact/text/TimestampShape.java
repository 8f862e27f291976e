package com.ooma.telo.agent.redact.text;

/**
 * Dates and timestamps, which are harmless however many digits they hold: ISO 8601 ({@code 2024-05-05T23:15:25.123Z},
 * {@code 2024-05-05 23:15:25,123+02:00}, compact {@code 20240505T231525Z}), {@code 2024/05/05} and day-first or
 * month-first dates with a four-digit year. Years must be 19xx or 20xx.
 */
final class TimestampShape {
    private TimestampShape() {}

    /** 2024-05-05[T 23:15:25[.123][Z|+02:00]], 2024/05/05, 20240505T231525Z; -1 if not one. */
    static int end(LineScan s, int i) {
        if (digits(s, i, 4) && (s.at(i + 4) == '-' || s.at(i + 4) == '/' || s.at(i + 4) == '.')
                && digits(s, i + 5, 2) && s.at(i + 7) == s.at(i + 4) && digits(s, i + 8, 2)
                && year(s, i) && !LineScan.isDigit(s.at(i + 10))) {
            return time(s, i + 10);
        }
        if (digits(s, i, 8) && year(s, i) && (s.at(i + 8) == 'T' || s.at(i + 8) == '-') && digits(s, i + 9, 6)) {
            int e = i + 15;
            return s.at(e) == 'Z' ? e + 1 : e;
        }
        if (digits(s, i, 2) && (s.at(i + 2) == '/' || s.at(i + 2) == '.' || s.at(i + 2) == '-')
                && digits(s, i + 3, 2) && s.at(i + 5) == s.at(i + 2) && digits(s, i + 6, 4) && year(s, i + 6)
                && !LineScan.isDigit(s.at(i + 10))) {
            return time(s, i + 10);
        }
        return -1;
    }

    private static int time(LineScan s, int e) {
        if ((s.at(e) == 'T' || s.at(e) == ' ' || s.at(e) == '_') && digits(s, e + 1, 2) && s.at(e + 3) == ':'
                && digits(s, e + 4, 2)) {
            e += 6;
            if (s.at(e) == ':' && digits(s, e + 1, 2)) {
                e += 3;
            }
            if ((s.at(e) == '.' || s.at(e) == ',') && LineScan.isDigit(s.at(e + 1))) {
                e++;
                while (LineScan.isDigit(s.at(e))) {
                    e++;
                }
            }
            if (s.at(e) == 'Z') {
                e++;
            } else if ((s.at(e) == '+' || s.at(e) == '-') && digits(s, e + 1, 2)) {
                e += 3;
                if (s.at(e) == ':' && digits(s, e + 1, 2)) {
                    e += 3;
                } else if (digits(s, e, 2)) {
                    e += 2;
                }
            }
        }
        return e;
    }

    private static boolean year(LineScan s, int i) {
        return (s.at(i) == '1' && s.at(i + 1) == '9') || (s.at(i) == '2' && s.at(i + 1) == '0');
    }

    private static boolean digits(LineScan s, int from, int count) {
        for (int k = 0; k < count; k++) {
            if (!LineScan.isDigit(s.at(from + k))) {
                return false;
            }
        }
        return true;
    }

    /** 8-4-4-4-12 hex digits; -1 if not a UUID. */
}
