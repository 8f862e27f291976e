package com.ooma.telo.agent.seal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Opens delivery receipts from the device's {@code receipt} topic (docs/wire-format.md "Receipts"). A receipt is
 * accepted only when its envelope is type 4, sealed to this device's X25519 key and signed by the backend command key
 * (the one signer the device trusts for what reaches it: commands and receipts), both bound to this device; its
 * plaintext is a well-formed {@link Receipt} naming this device; it has not expired (by the wall clock: the caller
 * may overrule that, {@link Outcome.Expired}); and its envelope seq was not
 * accepted before (an in-memory {@link ReplayWindow}: a replay after a restart can only name seqs already covered,
 * and {@code expires_at} bounds it). Every refusal has a reason, for the counters; never for the sender.
 */
public final class ReceiptOpener {
    /** The largest receipt envelope read: header, enc, the largest plaintext and its tag, signature. */
    public static final int MAX_SEALED_BYTES = WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES
            + Receipt.MAX_PLAINTEXT_BYTES + WireFormat.AEAD_TAG_BYTES + WireFormat.SIG_BYTES;

    /** Why a receipt was refused: each is counted as {@code receipts.refused.<label>}. */
    public enum Refusal {
        /** Over {@link #MAX_SEALED_BYTES}, or ranges more or wider than a receipt may name. */
        OVERSIZE,
        /** The envelope did not open: unknown key, bad signature, decrypt failure, bad header. */
        REJECTED,
        /** An envelope of another type (a command sent to the receipt topic). */
        NOT_A_RECEIPT,
        /** Not a receipt plaintext (fields, types, canonical form). */
        MALFORMED,
        /** Ranges inverted, out of order or overlapping. */
        BAD_RANGES,
        /** The plaintext names another device. */
        WRONG_DEVICE,
        /** Past its {@code expires_at}, by the wall clock and by what the monotonic clock can show. */
        EXPIRED,
        /** An envelope seq already accepted from that signer. */
        REPLAYED,
        /** A retained message: stale by definition. */
        RETAINED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What {@link #open} made of one message. */
    public sealed interface Outcome {
        record Accepted(Receipt receipt) implements Outcome { }

        /**
         * Everything checked and good, but past {@code expires_at} by the device's wall clock. The caller refuses it
         * ({@link Refusal#EXPIRED}) unless it can show on the monotonic clock that the wall clock is wrong: a receipt
         * that covers a record first sent less than the receipt's lifetime ago cannot have expired.
         */
        record Expired(Receipt receipt) implements Outcome { }

        record Refused(Refusal reason) implements Outcome { }
    }

    private final String deviceIdHex;
    private final EnvelopeOpener opener;
    private final Clock clock;

    private ReceiptOpener(String deviceIdHex, EnvelopeOpener opener, Clock clock) {
        this.deviceIdHex = deviceIdHex;
        this.opener = opener;
        this.clock = clock;
    }

    /** Loads this device's X25519 private key (mode 0600) and the backend command key, both bound to the device. */
    public static ReceiptOpener load(String deviceIdHex, Path deviceKemPrivatePem, Path backendCommandPublicPem,
                                     Clock clock) throws KeyLoadException {
        KeyRing keys = new KeyRing();
        keys.addRecipient(deviceIdHex, deviceKemPrivatePem);
        keys.addSender(deviceIdHex, backendCommandPublicPem);
        return new ReceiptOpener(deviceIdHex, EnvelopeOpener.forReceipts(keys, clock), clock);
    }

    /** Opens one message from {@code telo/v1/<id>/receipt}; never throws on bad input. */
    public Outcome open(byte[] sealed, boolean retained) {
        if (retained) {
            return refused(Refusal.RETAINED);
        }
        if (sealed == null || sealed.length > MAX_SEALED_BYTES) {
            return refused(Refusal.OVERSIZE);
        }
        OpenResult result = opener.open(sealed);
        if (result instanceof OpenResult.Rejected r) {
            return refused(r.reason() == RejectReason.REPLAY ? Refusal.REPLAYED : Refusal.REJECTED);
        }
        OpenResult.Opened opened = (OpenResult.Opened) result;
        if (opened.header().type() != MessageType.RECEIPT) {
            return refused(Refusal.NOT_A_RECEIPT);
        }
        Receipt.Parse parsed = Receipt.parse(opened.plaintext());
        if (parsed instanceof Receipt.Parse.Refused p) {
            return refused(switch (p.problem()) {
                case MALFORMED -> Refusal.MALFORMED;
                case OVERSIZE -> Refusal.OVERSIZE;
                case BAD_RANGES -> Refusal.BAD_RANGES;
            });
        }
        Receipt receipt = ((Receipt.Parse.Parsed) parsed).receipt();
        if (!deviceIdHex.equals(receipt.deviceIdHex())) {
            return refused(Refusal.WRONG_DEVICE);
        }
        if (!clock.instant().isBefore(receipt.expiresAt())) {
            return new Outcome.Expired(receipt);
        }
        return new Outcome.Accepted(receipt);
    }

    private static Outcome refused(Refusal reason) {
        return new Outcome.Refused(reason);
    }
}
