package com.ooma.telo.agent.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestProtocolDocTest {
    static final Path FILE = Path.of("..", "docs", "ingest-protocol.md");

    @Test
    void committedProtocol_matchesTheSchemas() throws Exception {
        String generated = IngestProtocolDoc.markdown();
        if (Boolean.getBoolean("telo.writeDocs")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("docs/ingest-protocol.md is stale: regenerate with "
                        + "mvn -pl agent test -Dtest=IngestProtocolDocTest -Dtelo.writeDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void protocol_declaresEveryFieldOfEveryType() {
        String doc = IngestProtocolDoc.markdown();
        for (EventSchema s : EventSchemas.ALL) {
            assertThat(doc).contains("## `" + s.type() + "`");
            s.fields().forEach(f -> assertThat(doc).contains("| `" + f.name() + "` |"));
        }
    }
}
