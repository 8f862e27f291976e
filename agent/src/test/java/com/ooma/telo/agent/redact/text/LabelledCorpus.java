package com.ooma.telo.agent.redact.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled corpus ({@code text}, {@code pii[{type,span}]}, {@code keep}); the format is described in
 * {@code src/test/resources/redact/public/README.md}.
 */
final class LabelledCorpus {
    record Item(String type, String span) {}

    record Line(String id, String text, List<Item> pii, List<String> keep) {}

    private LabelledCorpus() {}

    static List<Line> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Line> lines = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (raw.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(raw);
            List<Item> pii = new ArrayList<>();
            node.path("pii").forEach(p -> pii.add(new Item(p.get("type").asText(), p.get("span").asText())));
            List<String> keep = new ArrayList<>();
            node.path("keep").forEach(k -> keep.add(k.asText()));
            lines.add(new Line(node.path("id").asText(), node.get("text").asText(), pii, keep));
        }
        return lines;
    }
}
