package com.ooma.telo.simulator.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback between one agent and the broker (the embedded one on loopback, or an external broker's
 * host and port), the harness's network fault injector. {@link #stall()}:
 * every connection, open or new, stops carrying bytes both ways and stays open (a half-open link: no FIN, no RST);
 * {@link #partition()}: open connections are cut and new ones are closed as soon as they arrive (the far side is
 * unreachable); {@link #heal()} ends either, and new connections are forwarded again. A link whose broker side cannot
 * be reached (the broker is restarting) is closed at once, as the agent would see a refused connection.
 */
public final class LoopbackProxy implements AutoCloseable {
    /** What the link does now. */
    public enum Mode { FORWARD, STALL, PARTITION }

    private static final long STALL_POLL_MS = 20;

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.FORWARD;

    private LoopbackProxy(String targetHost, int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Thread acceptor = new Thread(this::accept, "fault-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy on a free loopback port, forwarding to {@code targetPort} on loopback. */
    public static LoopbackProxy to(int targetPort) throws IOException {
        return new LoopbackProxy(null, targetPort);
    }

    /** A proxy on a free loopback port, forwarding to {@code host:port} (an external broker, {@code hil --broker}). */
    public static LoopbackProxy to(String host, int port) throws IOException {
        return new LoopbackProxy(host, port);
    }

    public String uri() {
        return "tcp://127.0.0.1:" + listener.getLocalPort();
    }

    public Mode mode() {
        return mode;
    }

    public void stall() {
        mode = Mode.STALL;
        links.forEach(l -> l.stalled = true);
    }

    public void partition() {
        mode = Mode.PARTITION;
        links.forEach(Link::close);
    }

    /** Back to forwarding; stalled links resume (a stall that ends before a keep-alive timeout is survived). */
    public void heal() {
        mode = Mode.FORWARD;
        links.forEach(l -> l.stalled = false);
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket in;
            try {
                in = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (mode == Mode.PARTITION) {
                closeQuietly(in);
                continue;
            }
            try {
                Socket out = targetHost == null ? new Socket(InetAddress.getLoopbackAddress(), targetPort)
                        : new Socket(targetHost, targetPort);
                Link l = new Link(in, out);
                l.stalled = mode == Mode.STALL;
                links.removeIf(Link::closed);
                links.add(l);
                pump(l, in, out);
                pump(l, out, in);
            } catch (IOException brokerDown) {
                closeQuietly(in);
            }
        }
    }

    private static void pump(Link l, Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    while (l.stalled && !from.isClosed()) {
                        Thread.sleep(STALL_POLL_MS); // hold the bytes: the far side sees silence
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the link ends
            } finally {
                l.close();
            }
        }, "fault-proxy-pump");
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

    private static final class Link {
        final Socket a;
        final Socket b;
        volatile boolean stalled;

        Link(Socket a, Socket b) {
            this.a = a;
            this.b = b;
        }

        boolean closed() {
            return a.isClosed() && b.isClosed();
        }

        void close() {
            closeQuietly(a);
            closeQuietly(b);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        links.forEach(Link::close);
    }
}
