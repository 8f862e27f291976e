package com.ooma.telo.agent.redact.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public labelled corpus ({@code src/test/resources/redact/public/}, its README gives the scoring rule): no span
 * leaks, harmless lines unchanged, keep tokens kept (the "Must show").
 */
class PublicCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/redact/public/pii-telephony-public.jsonl");

    @Test
    void publicCorpus_noLeaks_harmlessUnchanged_keepTokensKept() throws Exception {
        assertThat(Files.exists(CORPUS))
                .as("public corpus missing: expected %s (relative to the agent/ module folder)",
                        CORPUS.toAbsolutePath().normalize())
                .isTrue();
        List<LabelledCorpus.Line> lines = LabelledCorpus.read(CORPUS);
        LogRedactor redactor = LogRedactor.standard();
        CorpusScore score = CorpusScore.of(lines, l -> redactor.redact(l).text());
        System.out.print(score.table("public"));

        assertThat(lines).hasSizeGreaterThan(500);
        assertThat(score.failures).isEmpty();
        assertThat(score.caught()).isEqualTo(score.items());
        assertThat(score.harmlessUnchanged).isEqualTo(score.harmless).isPositive();
        assertThat(score.keepSurvived).isEqualTo(score.keepTokens);
    }
}
