package com.ooma.telo.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.seal.EnvelopeHeader;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.KeyRing;
import com.ooma.telo.agent.seal.OpenResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `decode`: verifies and opens one sealed message and prints its CBOR payload as JSON, for support engineers. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Verify and open one envelope v1 message; print {\"payload\": ...} as JSON."
                + " Exit 0 when opened, 1 when rejected, 2 on bad keys or input errors.")
final class DecodeCommand implements Callable<Integer> {
    /** Hex doubles the size; allow generous whitespace (line wrapping) on top. */
    private static final int MAX_INPUT_BYTES = 2 * EnvelopeOpener.MAX_MESSAGE_BYTES + 64 * 1024;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--recipient-key", required = true, paramLabel = "PEM",
            description = "the recipient's X25519 private key (mode 0600); repeat to accept old and new during a"
                    + " rotation")
    List<Path> recipientKeys;

    @Option(names = "--sender-key", required = true, paramLabel = "PEM",
            description = "the sender's Ed25519 public key (.pub.pem); repeat to accept old and new during a rotation")
    List<Path> senderKeys;

    @Option(names = "--device-id", paramLabel = "HEX",
            description = "bind the sender keys to this device id (32 hex digits): a message naming any other device"
                    + " is rejected. Without it the keys are trusted for whatever device the header names.")
    String deviceId;

    @Option(names = "--replay-state", paramLabel = "FILE",
            description = "replay window kept across runs: read before opening (missing = empty), written back"
                    + " atomically after a message opens; a replayed message is then rejected")
    Path replayState;

    @Option(names = "--hex", description = "input is hex text (whitespace ignored) instead of raw bytes")
    boolean hex;

    @Option(names = "--explain", description = "also print the header fields")
    boolean explain;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
            description = "the sealed message; - (default) reads stdin")
    String input;

    @Override
    public Integer call() {
        EnvelopeOpener opener;
        byte[] raw;
        try {
            opener = opener();
            raw = readInput();
        } catch (KeyLoadException e) {
            return error(e.getMessage());
        } catch (IOException e) {
            return error("cannot read '" + input + "' (" + e.getClass().getSimpleName() + ")");
        }
        if (replayState != null) {
            try {
                opener.restoreReplayState(replayState);
            } catch (IOException e) {
                // The message names the file and the expected format; it never quotes the file's content.
                return error(e.getMessage());
            }
        }
        byte[] sealed;
        try {
            sealed = hex ? HexFormat.of().parseHex(new String(raw, StandardCharsets.US_ASCII).replaceAll("\\s", ""))
                    : raw;
        } catch (IllegalArgumentException e) {
            return rejected("input is not hex");
        }
        OpenResult result = opener.open(sealed);
        if (result instanceof OpenResult.Rejected r) {
            return rejected(r.reason().name());
        }
        if (replayState != null) {
            try {
                opener.saveReplayState(replayState);
            } catch (IOException e) {
                return error("cannot write replay state '" + replayState + "' (" + e.getClass().getSimpleName() + ")");
            }
        }
        OpenResult.Opened opened = (OpenResult.Opened) result;
        JsonNode payload;
        try {
            payload = new CBORMapper().readTree(opened.plaintext());
        } catch (IOException e) {
            // Never print the parser's message: it quotes the payload.
            return rejected("payload is not CBOR");
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.set("payload", payload);
        if (explain) {
            out.set("header", header(json, opened.header()));
        }
        try {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            stdout.flush();
        } catch (IOException e) {
            return error("cannot render JSON");
        }
        return 0;
    }

    private EnvelopeOpener opener() throws KeyLoadException {
        String boundTo = KeyRing.ANY_DEVICE;
        if (deviceId != null) {
            if (!deviceId.matches("[0-9a-f]{32}")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--device-id \"" + deviceId + "\" is not 32 lowercase hex digits");
            }
            boundTo = deviceId;
        }
        KeyRing keys = new KeyRing();
        for (Path p : recipientKeys) {
            keys.addRecipient(KeyRing.ANY_DEVICE, p);
        }
        for (Path p : senderKeys) {
            keys.addSender(boundTo, p);
        }
        return EnvelopeOpener.create(keys, Clock.systemUTC());
    }

    private static ObjectNode header(ObjectMapper json, EnvelopeHeader h) {
        return json.createObjectNode()
                .put("version", h.version())
                .put("type", h.type().name().toLowerCase(Locale.ROOT))
                .put("suite", h.suite())
                .put("flags", h.flags())
                .put("device_id", h.deviceIdHex())
                .put("sender_kid", HexFormat.of().toHexDigits(h.senderKid()))
                .put("recipient_kid", HexFormat.of().toHexDigits(h.recipientKid()))
                .put("seq", h.seq())
                .put("timestamp_ms", h.timestampMs())
                .put("ct_len", h.ctLen());
    }

    private byte[] readInput() throws IOException {
        try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input))) {
            // Read one byte past the limit so an oversize input is seen as such, not silently cut to size.
            return in.readNBytes(MAX_INPUT_BYTES + 1);
        }
    }

    private int rejected(String reason) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("rejected");
        err.println("reason: " + reason);
        err.flush();
        return 1;
    }

    private int error(String message) {
        spec.commandLine().getErr().println("decode: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
