package com.ooma.telo.simulator.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.TeloSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code telo-simulator diag} opens the committed bundle vector into a folder; a health report is refused. */
class DiagCommandTest {
    private static final Path VECTORS = Path.of("..", "docs", "test-vectors");

    @TempDir
    Path tmp;

    private int run(Path vector, Path out, StringWriter err) throws Exception {
        JsonNode v = new ObjectMapper().readTree(vector.toFile());
        Path kem = Files.createFile(tmp.resolve("kem-" + vector.getFileName() + ".pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(kem, v.get("recipient_private_key_pem").asText());
        Path pub = Files.writeString(tmp.resolve("dev-" + vector.getFileName() + ".pub.pem"),
                v.get("sender_public_key_pem").asText());
        Path sealed = Files.write(tmp.resolve("msg-" + vector.getFileName() + ".bin"),
                HexFormat.of().parseHex(v.get("sealed_hex").asText()));
        CommandLine cli = TeloSimulator.newCommandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute("diag", "--backend-key", kem.toString(), "--device-key", pub.toString(), "--out",
                out.toString(), sealed.toString());
    }

    @Test
    void aBundle_isSavedAsReadableFiles() throws Exception {
        Path out = tmp.resolve("bundle");
        assertThat(run(VECTORS.resolve("diag-bundle.json"), out, new StringWriter())).isZero();
        assertThat(Files.readString(out.resolve("hub.log"))).contains("[sipua] REGISTER <SIP_URI>");
        assertThat(Files.readString(out.resolve("agent.log"))).contains("agent started");
        assertThat(new ObjectMapper().readTree(out.resolve("bundle.json").toFile()).get("kind").asText())
                .isEqualTo("diag_bundle");
        assertThat(out.resolve("health.json")).exists();
        assertThat(out.resolve("config.json")).exists();
    }

    @Test
    void aHealthReport_isNotABundle() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(run(VECTORS.resolve("telemetry-health.json"), tmp.resolve("x"), err)).isEqualTo(1);
        assertThat(err.toString()).contains("not a diagnostics bundle");
    }
}
