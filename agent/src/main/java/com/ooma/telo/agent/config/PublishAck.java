package com.ooma.telo.agent.config;

import java.util.Locale;

/**
 * When a spooled record counts as delivered ({@code publish.ack}): at the broker's PUBACK, or only when a signed
 * receipt from the collector names it (docs/operations.md, docs/wire-format.md "Receipts").
 */
public enum PublishAck {
    /** The broker's PUBACK removes the record: a broker crash before the backend read it loses it. */
    BROKER,
    /** The record stays ("sent, awaiting receipt") until a receipt covers it, and is sent again meanwhile. */
    RECEIPT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PublishAck parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
