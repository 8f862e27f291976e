package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * {@code diag_bundle}, no arguments: assemble a diagnostics bundle and publish it sealed on {@code diag}
 * (docs/field-diagnostics.md). Only on a command that names it; refused with {@code consent} below consent
 * {@code full} and {@code rate_limited} (with {@code retry_after_s}) within 10 minutes of the last one.
 */
final class DiagBundleVerb implements Verb {
    @Override
    public String name() {
        return "diag_bundle";
    }

    @Override
    public Reply run(JsonNode args, DeviceControl device) throws Exception {
        if (!args.isEmpty()) {
            return Reply.error(BAD_ARGS);
        }
        DeviceControl.BundleResult r = device.diagBundle();
        if (r instanceof DeviceControl.BundleResult.Queued q) {
            return Reply.ok(Map.of("bytes", (long) q.inflatedBytes(), "lines_truncated", (long) q.linesTruncated()));
        }
        DeviceControl.BundleResult.Refused f = (DeviceControl.BundleResult.Refused) r;
        return f.retryAfterS() > 0
                ? new Reply(java.util.Optional.of(f.code()), Map.of("retry_after_s", f.retryAfterS()))
                : Reply.error(f.code());
    }
}
