package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/operations.md's key table names exactly the keys the agent knows, each with the default the code uses: a key
 * added to {@link ConfigKeys} without a row (the local-DP key was once missing), or a row for a key that is gone,
 * fails the build.
 */
class OperationsKeyTableTest {
    private static final Path DOC = Path.of("../docs/operations.md");
    private static final Pattern ROW = Pattern.compile("^\\| (`[a-z0-9_.]+`(?:, `[a-z0-9_.]+`)*) \\| ([^|]*) \\|");
    private static final Pattern KEY = Pattern.compile("`([a-z0-9_.]+)`");

    @Test
    void everyKey_hasARow_andEveryRowIsAKey_withTheCodesDefault() throws Exception {
        String doc = Files.readString(DOC);
        String table = doc.substring(doc.indexOf("## Configuration keys"));
        table = table.substring(0, table.indexOf("\n## ", 5));
        Set<String> documented = new TreeSet<>();
        for (String line : table.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            Matcher k = KEY.matcher(row.group(1));
            while (k.find()) {
                String key = k.group(1);
                documented.add(key);
                String def = ConfigKeys.DEFAULTS.get(key);
                String cell = row.group(2).trim();
                if (def != null && !def.isEmpty()) {
                    assertThat(cell).as("default of " + key).contains(def);
                }
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ConfigKeys.DEFAULTS.keySet());
    }
}
