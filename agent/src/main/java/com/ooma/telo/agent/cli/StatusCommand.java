package com.ooma.telo.agent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `status`: asks the running agent's status listener for {@code /status} and prints it as indented JSON, for
 * scripts on the hub: the same facts as the page at {@code /}, cut to the listener's view.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the running agent's /status as JSON (health, version, uptime_s, consent, counters)."
                + " Exit 0 when it answered, 1 when it did not.")
final class StatusCommand implements Callable<Integer> {
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", description = "the listener's address (status.host; default ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "the listener's port (status.port; default ${DEFAULT-VALUE})")
    int port = 4591;

    @Override
    public Integer call() throws InterruptedException {
        String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        URI uri = URI.create("http://" + literal + ":" + port + "/status");
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return fail("the agent at " + uri + " answered " + r.statusCode());
            }
            ObjectMapper json = new ObjectMapper();
            spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json.readTree(r.body())));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            return fail("no agent answered at " + uri + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("status: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
