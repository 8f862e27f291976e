package com.ooma.telo.agent.publish;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The socket factory Paho connects {@code ssl://} brokers with: the TLS sockets of a delegate factory (the JDK's, or
 * one built from configured trust and identity), each wrapped so that its decrypted input passes through an
 * {@link InboundPacketGuard}. Paho requires an {@link SSLSocketFactory} for {@code ssl://}, and casts the socket to
 * {@link SSLSocket} to set SNI and hostname verification and to start the handshake; {@link GuardedSslSocket}
 * delegates all of that to the real socket.
 */
final class GuardedSslSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final String[] protocols;
    private final long maxPublishBytes;
    private final InboundPacketGuard.Listener listener;

    /** @param protocols the TLS versions offered on every socket (TLSv1.3 only, unless configured otherwise) */
    GuardedSslSocketFactory(SSLSocketFactory delegate, List<String> protocols, long maxPublishBytes,
                            InboundPacketGuard.Listener listener) {
        this.delegate = delegate;
        this.protocols = protocols.toArray(new String[0]);
        this.maxPublishBytes = maxPublishBytes;
        this.listener = listener;
    }

    private Socket wrap(Socket s) {
        ((SSLSocket) s).setEnabledProtocols(protocols);
        return new GuardedSslSocket((SSLSocket) s, maxPublishBytes, listener);
    }

    @Override
    public Socket createSocket() throws IOException {
        return wrap(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return wrap(delegate.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return wrap(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return wrap(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return wrap(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return wrap(delegate.createSocket(address, port, localAddress, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }
}
