package com.ooma.telo.agent.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback for fault injection between the agent and a broker: {@link #stall()} stops forwarding on
 * the connections open now while keeping them open (a half-open link: no FIN, no RST, no bytes), {@link #cut()}
 * closes them, {@link #slow(int)} paces every connection, both ways, to a rate (a congested home uplink). New
 * connections after a stall or a cut are forwarded normally, as after a link comes back.
 */
public final class LoopbackProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    /** Bytes a second each direction of each link carries; 0: as fast as loopback goes. */
    private volatile int bytesPerSecond;

    private LoopbackProxy(int listenPort, int targetPort) throws IOException {
        this.listener = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.acceptor = new Thread(this::accept, "test-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static LoopbackProxy to(int targetPort) throws IOException {
        return new LoopbackProxy(0, targetPort);
    }

    /** A proxy on a given port (one a client was already trying before the link came up). */
    public static LoopbackProxy on(int listenPort, int targetPort) throws IOException {
        return new LoopbackProxy(listenPort, targetPort);
    }

    public String uri() {
        return "tcp://127.0.0.1:" + listener.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return links.size();
    }

    /** The connections open now stop carrying bytes, both ways, and stay open. */
    public void stall() {
        links.forEach(l -> l.stalled = true);
    }

    /** Every connection, now and later, carries at most {@code rate} bytes a second each way. */
    public void slow(int rate) {
        this.bytesPerSecond = rate;
    }

    /** The connections open now are closed. */
    public void cut() {
        links.forEach(Link::close);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket in = listener.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Link l = new Link(in, out);
                links.add(l);
                pump(l, in, out);
                pump(l, out, in);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Link l, Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    while (l.stalled && !from.isClosed()) {
                        Thread.sleep(20); // hold the bytes: the far side sees silence
                    }
                    if (!l.stalled) {
                        forward(buf, n, out);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the link ends
            } finally {
                l.close();
            }
        }, "test-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Writes {@code n} bytes, in tenth-of-a-second slices when the link is slowed. */
    private void forward(byte[] buf, int n, OutputStream out) throws IOException, InterruptedException {
        int rate = bytesPerSecond;
        if (rate <= 0) {
            out.write(buf, 0, n);
            out.flush();
            return;
        }
        int slice = Math.max(1, rate / 10);
        for (int off = 0; off < n; off += slice) {
            out.write(buf, off, Math.min(slice, n - off));
            out.flush();
            Thread.sleep(100);
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

        void close() {
            try {
                a.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                b.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }
}
