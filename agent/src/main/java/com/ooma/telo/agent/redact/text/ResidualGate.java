package com.ooma.telo.agent.redact.text;

/**
 * The last check before a redacted line is emitted: reads the output afresh (normalised again, harmless tokens
 * marked again, so it does not trust the first pass's offsets, overlap resolution or replacement) and reports any
 * digit run that reads as a phone or card number (seven or more digits, separators ignored) outside harmless
 * tokens, or any email-shaped token. Such a line is dropped and counted, never emitted.
 */
final class ResidualGate {
    private final NumberScanner numbers;

    ResidualGate(NumberScanner numbers) {
        this.numbers = numbers;
    }

    boolean holdsPersonal(String text) {
        boolean candidate = false;
        int digits = 0;
        for (int i = 0, n = text.length(); i < n && !candidate; i++) {
            char ch = text.charAt(i);
            candidate = ch == '@' || ch == '%' || ch == '&' || ch == '\\' || ch >= 0x80;
            digits += ch >= '0' && ch <= '9' ? 1 : 0;
        }
        if (!candidate && digits < 7) {
            return false; // cheap exit: no email sign, no escapes, too few digits for a number
        }
        LineScan scan = new LineScan(NormalizedText.of(text));
        HarmlessTokens.mark(scan);
        NetworkScanner.scan(scan);
        return scan.hasAt && EmailScanner.anyLeft(scan) || scan.digits >= 7 && numbers.scan(scan, false);
    }
}
