package com.ooma.telo.simulator.diag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an opened diagnostics bundle (its inflated CBOR) into a folder a support engineer can read:
 *
 * <pre>
 * agent.log       the agent's recent redacted log lines, oldest first
 * hub.log         the hub's recent redacted log lines (diag.log), oldest first
 * health.json     the last health report as it was sealed, decoded ({} when there was none)
 * config.json     the configuration: allow-listed keys, key files as fingerprints
 * counters.json   every counter of the agent (spool, publish, ingest, redaction, diag)
 * bundle.json     kind, schema, created_minute, versions, lines_truncated
 * </pre>
 */
public final class BundleFolder {
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private BundleFolder() {}

    /** @return the files written */
    public static List<Path> write(byte[] bundleCbor, Path dir) throws IOException {
        JsonNode b = new CBORMapper().readTree(bundleCbor);
        if (b == null || !"diag_bundle".equals(b.path("kind").asText())) {
            throw new IOException("not a diagnostics bundle");
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        out.add(lines(dir.resolve("agent.log"), b.path("agent_log")));
        out.add(lines(dir.resolve("hub.log"), b.path("hub_log")));
        JsonNode health = b.path("health_report").isBinary() && b.path("health_report").binaryValue().length > 0
                ? new CBORMapper().readTree(b.path("health_report").binaryValue()) : new ObjectMapper().createObjectNode();
        out.add(json(dir.resolve("health.json"), health));
        out.add(json(dir.resolve("config.json"), b.path("config")));
        out.add(json(dir.resolve("counters.json"), b.path("counters")));
        ObjectNode meta = new ObjectMapper().createObjectNode();
        for (String k : List.of("kind", "schema", "created_minute", "versions", "lines_truncated")) {
            meta.set(k, b.path(k));
        }
        out.add(json(dir.resolve("bundle.json"), meta));
        return out;
    }

    private static Path lines(Path file, JsonNode arr) throws IOException {
        StringBuilder s = new StringBuilder();
        arr.forEach(l -> s.append(l.asText()).append('\n'));
        return Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    }

    private static Path json(Path file, JsonNode n) throws IOException {
        return Files.writeString(file, PRETTY.writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
    }
}
