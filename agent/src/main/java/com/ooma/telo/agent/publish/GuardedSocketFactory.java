package com.ooma.telo.agent.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The socket factory Paho connects {@code tcp://} brokers with: plain sockets whose input passes through an
 * {@link InboundPacketGuard}, so no packet beyond the bound is ever read whole. Paho 1.2.5 calls only
 * {@link #createSocket()} and then connects it; the other variants are here for completeness.
 */
final class GuardedSocketFactory extends SocketFactory {
    private final long maxPublishBytes;
    private final InboundPacketGuard.Listener listener;

    GuardedSocketFactory(long maxPublishBytes, InboundPacketGuard.Listener listener) {
        this.maxPublishBytes = maxPublishBytes;
        this.listener = listener;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket s = new GuardedSocket();
        s.bind(new InetSocketAddress(localHost, localPort));
        s.connect(new InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket s = new GuardedSocket();
        s.bind(new InetSocketAddress(localAddress, localPort));
        s.connect(new InetSocketAddress(address, port));
        return s;
    }

    private Socket connected(InetSocketAddress to) throws IOException {
        Socket s = new GuardedSocket();
        s.connect(to);
        return s;
    }

    /** A plain socket whose input stream is guarded (one guard per socket: it holds the packet state). */
    private final class GuardedSocket extends Socket {
        private InputStream guarded;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (guarded == null) {
                guarded = new InboundPacketGuard(super.getInputStream(), maxPublishBytes, listener);
            }
            return guarded;
        }
    }
}
