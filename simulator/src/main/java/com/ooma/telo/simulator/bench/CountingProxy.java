package com.ooma.telo.simulator.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A TCP proxy on loopback between the agent and the broker that counts every byte each way and cuts the streams
 * into MQTT packets ({@link MqttFrames}), stamped with the simulated time. What it counts is what the agent's
 * connection carries at MQTT level: below it only TCP/IP and TLS add bytes ({@link WireOverhead}).
 * {@link #stopCounting()} ends the measured period (a shutdown's DISCONNECT is not part of a day).
 */
public final class CountingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final LongSupplier simMs;
    private final List<MqttPacket> packets = new ArrayList<>();
    private final AtomicLong bytesFromAgent = new AtomicLong();
    private final AtomicLong bytesToAgent = new AtomicLong();
    private final List<Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean counting = true;

    private CountingProxy(int targetPort, LongSupplier simMs) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.simMs = simMs;
        Thread acceptor = new Thread(this::accept, "counting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy on a free loopback port to {@code targetPort} on loopback, stamping packets with {@code simMs}. */
    public static CountingProxy to(int targetPort, LongSupplier simMs) throws IOException {
        return new CountingProxy(targetPort, simMs);
    }

    public String uri() {
        return "tcp://127.0.0.1:" + listener.getLocalPort();
    }

    /** Every packet counted so far, in the order they were completed. */
    public synchronized List<MqttPacket> packets() {
        return List.copyOf(packets);
    }

    /** Raw bytes counted so far, agent to broker and broker to agent, whatever the packets. */
    public long bytesFromAgent() {
        return bytesFromAgent.get();
    }

    public long bytesToAgent() {
        return bytesToAgent.get();
    }

    /** Bytes still pass, but are no longer counted. */
    public void stopCounting() {
        counting = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket in = listener.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(in);
                sockets.add(out);
                pump(in, out, new MqttFrames(true, simMs), bytesFromAgent);
                pump(out, in, new MqttFrames(false, simMs), bytesToAgent);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to, MqttFrames frames, AtomicLong total) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    if (counting) {
                        total.addAndGet(n);
                        List<MqttPacket> done = frames.feed(buf, 0, n);
                        synchronized (this) {
                            packets.addAll(done);
                        }
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the connection ends
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "counting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(CountingProxy::closeQuietly);
    }
}
