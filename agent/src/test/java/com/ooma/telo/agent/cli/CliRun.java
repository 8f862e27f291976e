package com.ooma.telo.agent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Test helper: runs the real command line in-process and captures what a user would see. */
record CliRun(int exitCode, String stdout, String stderr) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TeloAgent.newCommandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
