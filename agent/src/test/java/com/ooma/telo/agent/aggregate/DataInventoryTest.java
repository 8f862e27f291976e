package com.ooma.telo.agent.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataInventoryTest {
    static final Path FILE = Path.of("..", "docs", "data-inventory.md");

    @Test
    void committedInventory_matchesTheRegistry() throws Exception {
        String generated = DataInventory.markdown();
        if (Boolean.getBoolean("telo.writeDocs")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("docs/data-inventory.md is stale: regenerate with "
                        + "mvn -pl agent test -Dtest=DataInventoryTest -Dtelo.writeDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void inventory_namesEveryMetricWithItsClassAndChannel() {
        String doc = DataInventory.markdown();
        for (Metric m : Metric.values()) {
            assertThat(doc).contains("| `" + m.def().name() + "` | " + m.def().type().label());
        }
        assertThat(doc).contains("## Never collected", "DTMF");
    }
}
