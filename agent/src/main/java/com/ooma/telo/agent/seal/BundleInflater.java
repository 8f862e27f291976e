package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The envelope's flags bit 0: a zlib stream (RFC 1950) around a diagnostics bundle. Inflating stops one byte past
 * {@link WireFormat#MAX_INFLATED_BYTES}, so a small message that would inflate to gigabytes (a zip bomb) costs at most
 * that much memory; and what inflates must be a bundle ({@code kind: "diag_bundle"}): nothing else is ever sent
 * compressed, so a compressed health report is refused rather than read.
 */
final class BundleInflater {
    static final String KIND = "diag_bundle";

    private BundleInflater() {}

    static byte[] deflate(byte[] plain) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            d.setInput(plain);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** The inflated bundle, or null: not zlib, trailing bytes, over the bound, or not a {@code diag_bundle} map. */
    static byte[] inflate(byte[] compressed) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(WireFormat.MAX_INFLATED_BYTES,
                    compressed.length * 4 + 64));
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    return null; // truncated stream, or one that asks for a preset dictionary
                }
                out.write(buf, 0, n);
                if (out.size() > WireFormat.MAX_INFLATED_BYTES) {
                    return null;
                }
            }
            if (inf.getRemaining() != 0) {
                return null;
            }
            byte[] plain = out.toByteArray();
            JsonNode tree = CanonicalCbor.parse(plain).orElse(null);
            return tree != null && tree.isObject() && KIND.equals(tree.path("kind").asText(null)) ? plain : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inf.end();
        }
    }
}
