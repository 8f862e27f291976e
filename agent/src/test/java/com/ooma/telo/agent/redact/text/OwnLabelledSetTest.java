package com.ooma.telo.agent.redact.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own labelled set ({@code src/test/resources/redact/labelled.jsonl}, made by the generator next to
 * it): every form the issue lists, 20+ lines each, and more harmless lines than personal ones, scored as the public
 * corpus is. Prints the table that docs/redaction.md reports.
 */
class OwnLabelledSetTest {
    static final Path SET = Path.of("src/test/resources/redact/labelled.jsonl");

    @Test
    void ownSet_catchesEveryItem_keepsHarmlessLinesAndKeepTokens() throws Exception {
        List<LabelledCorpus.Line> lines = LabelledCorpus.read(SET);
        LogRedactor redactor = LogRedactor.standard();
        CorpusScore score = CorpusScore.of(lines, l -> redactor.redact(l).text());
        System.out.print(score.table("own"));
        score.failures.forEach(System.out::println);

        assertThat(score.items()).isGreaterThanOrEqualTo(500);
        assertThat(score.harmless).isGreaterThanOrEqualTo(lines.size() - score.harmless);
        assertThat(score.caught()).as("personal items caught").isEqualTo(score.items());
        assertThat(score.harmlessUnchanged).as("harmless lines unchanged").isEqualTo(score.harmless);
        assertThat(score.keepSurvived).as("keep tokens kept").isEqualTo(score.keepTokens);
    }
}
