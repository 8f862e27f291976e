package com.ooma.telo.agent.aggregate;

import com.ooma.telo.agent.publish.ConnectError;
import java.util.Arrays;
import java.util.List;

/** The closed label lists of the agent's own metrics. */
final class AgentLabels {
    static final List<String> DROP_REASONS = List.of("malformed", "oversize", "queue_full", "unknown_type",
            "invalid", "consent", "truncated");
    static final List<String> REDACTION_CLASSES = List.of("personal", "communications", "customer_network_info",
            "identifier", "non_personal", "undeclared");
    static final List<String> PUBLISH_OUTCOMES = List.of("sent", "acked", "failed", "connects", "connect_failures",
            "connections_lost", "cmd_oversize", "recycled", "will_unsealed", "births", "birth_unsealed", "paced",
            "receipt_resends");
    static final List<String> CONNECT_ERRORS = Arrays.stream(ConnectError.values()).map(ConnectError::label).toList();
    /** Agent counters that become {@code agent.faults{kind}}: the counter name with its dot as an underscore. */
    static final List<String> FAULT_KINDS = List.of("spool_corrupt_skipped", "spool_torn_truncated",
            "spool_moved_aside", "spool_io_errors", "checkpoint_failures", "pipeline_errors", "state_recovered",
            "clock_jumps", "clock_off");
    static final List<String> CHANNELS = List.of("health", "usage");
    static final List<String> REPORT_OUTCOMES = List.of("spooled", "spool_full", "spool_error", "purged",
            "seal_failed", "evicted", "held");
    static final List<String> METRIC_DROP_REASONS = List.of("unknown_label", "clamped", "restore_mismatch",
            "budget_refused", "device_metric_from_call");

    private AgentLabels() {
    }
}
