package com.ooma.telo.simulator.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A stand-in for {@code TeloAgent run}, following only its process contract (config keys, ready line, /status,
 * SIGTERM seals and publishes the open window, exit 0), so the demo can be tested before the real pipeline exists.
 * With {@code leaky} it also writes each caller name to its log file, as a careless agent would.
 */
public class StandInAgent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> counts = new TreeMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    public static void main(String[] args) throws Exception {
        new StandInAgent().run(args[2], false);
    }

    void run(String configFile, boolean leaky) throws Exception {
        Properties config = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(configFile))) {
            config.load(r);
        }
        Path log = Path.of(config.getProperty("log.file"));
        ServerSocket ingest = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        HttpServer status = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        status.createContext("/status", exchange -> {
            byte[] body = JSON.writeValueAsBytes(Map.of("events_accepted", accepted.get(),
                    "events_malformed", malformed.get()));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        status.start();
        Thread reader = new Thread(() -> serve(ingest, log, leaky));
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> sealAndPublish(config)));
        System.out.println("ready ingest=127.0.0.1:" + ingest.getLocalPort() + " status=127.0.0.1:"
                + status.getAddress().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private void serve(ServerSocket ingest, Path log, boolean leaky) {
        while (true) {
            try (Socket s = ingest.accept();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                            StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode e = JSON.readTree(line);
                    synchronized (counts) {
                        counts.merge(e.path("direction").asText() + "/" + e.path("disposition").asText(), 1L,
                                Long::sum);
                    }
                    if (leaky && e.has("remote_name")) {
                        Files.writeString(log, "call from " + e.path("remote_name").asText() + "\n",
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                    accepted.incrementAndGet();
                }
            } catch (Exception e) {
                malformed.incrementAndGet();
            }
        }
    }

    private void sealAndPublish(Properties config) {
        try {
            String id = config.getProperty("device.id");
            List<Map<String, Object>> calls = new ArrayList<>();
            synchronized (counts) {
                counts.forEach((k, n) -> calls.add(Map.of("dir", k.split("/")[0], "disp", k.split("/")[1],
                        "dest", "domestic", "n", n)));
            }
            byte[] plaintext = new CBORMapper().writeValueAsBytes(Map.of("v", 1, "kind", "usage", "calls", calls));
            EnvelopeSealer sealer = EnvelopeSealer.load(id, Path.of(config.getProperty("keys.device_signing")),
                    Path.of(config.getProperty("keys.backend_public")), Path.of(config.getProperty("state.dir")),
                    Clock.systemUTC());
            MqttClient client = new MqttClient(config.getProperty("publish.broker"), "telo-" + id,
                    new MemoryPersistence());
            client.connect();
            MqttMessage m = new MqttMessage(sealer.seal(com.ooma.telo.agent.seal.MessageType.TELEMETRY, plaintext));
            m.setQos(1);
            client.publish("telo/v1/" + id + "/usage", m);
            client.disconnect();
            client.close();
            Runtime.getRuntime().halt(0);
        } catch (Exception e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(3);
        }
    }
}
