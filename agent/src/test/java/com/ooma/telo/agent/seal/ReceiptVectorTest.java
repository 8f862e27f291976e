package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed receipt vectors (docs/test-vectors/receipt.json, receipt-reject/), read by the device's own
 * {@link ReceiptOpener}: the good one is accepted and covers exactly its ranges, each reject is refused for the
 * reason its file is named after.
 */
class ReceiptVectorTest {
    private static final Path VECTORS = Path.of("..", "docs", "test-vectors");
    private static final Clock FIVE_MINUTES_LATER = Clock.fixed(
            ReceiptVectorWriter.ISSUED.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void receiptVector_isAccepted_andCoversItsRangesButNotTheGaps() throws Exception {
        JsonNode v = new ObjectMapper().readTree(VECTORS.resolve("receipt.json").toFile());
        ReceiptOpener.Outcome o = opener(v).open(HexFormat.of().parseHex(v.get("sealed_hex").asText()), false);
        assertThat(o).isInstanceOf(ReceiptOpener.Outcome.Accepted.class);
        Receipt r = ((ReceiptOpener.Outcome.Accepted) o).receipt();
        int kid = ReceiptVectorWriter.DEVICE_KID;
        assertThat(List.of(1L, 2L, 3L, 5L, 1025L, 1030L)).allMatch(s -> r.covers(kid, s));
        assertThat(List.of(0L, 4L, 6L, 1024L, 1031L)).noneMatch(s -> r.covers(kid, s));
    }

    @Test
    void everyReceiptRejectVector_isRefusedForTheReasonItIsNamedAfter() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(VECTORS.resolve("receipt-reject"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : files) {
            JsonNode v = new ObjectMapper().readTree(f.toFile());
            String name = f.getFileName().toString().replace(".json", "");
            ReceiptOpener.Outcome o = opener(v).open(HexFormat.of().parseHex(v.get("sealed_hex").asText()), false);
            if (name.equals("expired")) { // refused unless the device can show on its monotonic clock that it is not
                assertThat(o).as(name).isInstanceOf(ReceiptOpener.Outcome.Expired.class);
            } else {
                assertThat(o).as(name).isEqualTo(new ReceiptOpener.Outcome.Refused(
                        ReceiptOpener.Refusal.valueOf(name.toUpperCase(Locale.ROOT))));
            }
        }
    }

    /** The device's opener for a vector: its device id is the one in the envelope header. */
    private ReceiptOpener opener(JsonNode v) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "v");
        Path recipient = Files.createFile(dir.resolve("recipient.pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(recipient, v.get("recipient_private_key_pem").asText());
        Path sender = Files.writeString(dir.resolve("sender.pub.pem"), v.get("sender_public_key_pem").asText());
        byte[] sealed = HexFormat.of().parseHex(v.get("sealed_hex").asText());
        String deviceId = HexFormat.of().formatHex(sealed, 6, 22);
        return ReceiptOpener.load(deviceId, recipient, sender, FIVE_MINUTES_LATER);
    }
}
