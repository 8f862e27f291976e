package com.ooma.telo.simulator;

import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.collector.ReferenceCollector;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.ReportReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.eclipse.paho.client.mqttv3.MqttException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code collect}: the reference collector on its own, for hardware-in-loop rigs where a real hub publishes to a lab
 * broker. Subscribes, keeps what arrives for a while, then opens and verifies every message with the backend's key
 * and prints each report as one JSON line, then a summary.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Subscribe to a broker as the backend, open what one device publishes, print it.",
            "Exit 0 when at least one report opened and nothing was refused; 1 otherwise; 2 on bad keys or broker."})
final class CollectCommand implements Callable<Integer> {
    /** With --count reached, stop once nothing new came for this long. */
    static final Duration QUIET = Duration.ofMillis(500);

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", required = true, description = "tcp://host:port or ssl://host:port")
    String broker;

    @Option(names = "--backend-key", required = true, description = "backend-kem.pem (X25519 private, PKCS#8)")
    Path backendKey;

    @Option(names = "--device-key", required = true, description = "device-signing.pub.pem (Ed25519 public)")
    Path deviceKey;

    @Option(names = "--device-id", description = "only this device's topics (default: every device)")
    String deviceId;

    @Option(names = "--for", description = "how long to listen, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration listen = Duration.ofSeconds(60);

    @Option(names = "--count", description = "stop early once this many messages arrived")
    int count = Integer.MAX_VALUE;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportOpener opener;
        try {
            opener = ReportOpener.forKeys(backendKey, deviceKey);
        } catch (KeyLoadException e) {
            err.println("collect: " + e.getMessage());
            return 2;
        }
        String filter = deviceId == null ? ReferenceCollector.ALL_DEVICES : "telo/v1/" + deviceId + "/+";
        CollectedReports collected;
        try (ReferenceCollector collector = ReferenceCollector.subscribe(broker, filter)) {
            out.println("collect: subscribed to " + filter + " on " + broker + " for " + listen);
            out.flush();
            collected = new ReportReader(opener).read(collector.awaitStragglers(() -> count, QUIET, listen));
        } catch (MqttException e) {
            err.println("collect: broker " + broker + " refused or unreachable (reason code " + e.getReasonCode() + ")");
            return 2;
        }
        collected.reports().forEach(r -> out.println(ReportReader.line(r)));
        collected.rejected().forEach(r -> out.println(ReportReader.line(r)));
        out.println("collect: reports=" + collected.reports().size() + " rejected=" + collected.rejected().size()
                + " duplicates=" + collected.duplicates() + " calls counted=" + collected.callsCounted());
        out.flush();
        return !collected.reports().isEmpty() && collected.rejected().isEmpty() ? 0 : 1;
    }
}
