package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help and version: every subcommand's --help exits 0; --version outside a jar says "dev". */
class CliHelpTest {
    @Test
    void signBundleHelp_exitsZero_despiteItsRequiredOptions_andKeepsTheBundlesVersionOption() {
        CliRun run = CliRun.of("keys", "sign-bundle", "--help");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("Usage: telo-agent keys sign-bundle").contains("--version=N")
                .contains("-h, --help");
    }

    @Test
    void everySubcommandsHelp_exitsZero() {
        for (String[] args : new String[][] {{"--help"}, {"run", "--help"}, {"check", "--help"}, {"keys", "--help"},
            {"keys", "generate", "--help"}, {"keys", "show", "--help"}, {"keys", "rotate", "--help"},
            {"keys", "sign-bundle", "--help"}, {"decode", "--help"}, {"redact", "--help"}}) {
            assertThat(CliRun.of(args).exitCode()).as(String.join(" ", args)).isZero();
        }
    }

    @Test
    void version_fromClassesNotAJar_isDev() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().strip()).isEqualTo("telo-agent dev");
    }
}
