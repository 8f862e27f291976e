package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The service's start without picocli reads what picocli reads, and leaves everything else to picocli. */
class RunArgsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run --config a.properties", "run --config=a.properties",
        "run --config a.properties --set report.jitter=PT0S --set=log.level=debug",
        "run --set consent.level=full --config /etc/telo/telo agent.properties"})
    void takesThePlainSpellings_asPicocliReadsThem(String line) {
        String[] args = line.split(" ", line.endsWith("telo agent.properties") ? 5 : -1);
        RunArgs plain = RunArgs.plain(args).orElseThrow();

        CommandLine cli = TeloAgent.newCommandLine();
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        RunCommand picocli = (RunCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(plain.config()).isEqualTo(picocli.config);
        assertThat(plain.overrides()).isEqualTo(picocli.overrides);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "run --help", "run -h --config a", "run --config a --version", "run --config",
        "run --config a --config b", "run --config -a", "run --config=", "run @args", "run --config @args",
        "run --config a --bogus x", "run --config a extra", "run --set k=v", "keys --config a",
        "--config a run", "run --config a --set", "run --config a --set -x"})
    void leavesEverythingElseToPicocli(String line) {
        assertThat(RunArgs.plain(line.split(" "))).isEmpty();
    }

    @Test
    void startsAsPicocliWould_sameOutputAndExitStatus() {
        String missing = dir.resolve("missing.properties").toString();
        for (List<String> args : List.of(List.of("run", "--config", missing),
                List.of("run", "--config", missing, "--set", "report.jitter=soon"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = RunCommand.direct(RunArgs.plain(args.toArray(String[]::new)).orElseThrow(),
                    new PrintWriter(out), new PrintWriter(err));
            CliRun viaPicocli = CliRun.of(args.toArray(String[]::new));
            assertThat(code).isEqualTo(viaPicocli.exitCode()).isEqualTo(2);
            assertThat(out.toString()).isEqualTo(viaPicocli.stdout());
            assertThat(err.toString()).isEqualTo(viaPicocli.stderr()).contains("missing.properties");
        }
    }
}
