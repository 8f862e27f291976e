package com.ooma.telo.agent.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.channels.SocketChannel;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A TLS socket that is its delegate in every respect but one: {@link #getInputStream()} is guarded. Every method
 * Paho or the JDK may call is forwarded, so TLS settings, the handshake and the session are the delegate's own.
 */
final class GuardedSslSocket extends SSLSocket {
    private final SSLSocket s;
    private final long maxPublishBytes;
    private final InboundPacketGuard.Listener listener;
    private InputStream guarded;

    GuardedSslSocket(SSLSocket delegate, long maxPublishBytes, InboundPacketGuard.Listener listener) {
        this.s = delegate;
        this.maxPublishBytes = maxPublishBytes;
        this.listener = listener;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (guarded == null) {
            guarded = new InboundPacketGuard(s.getInputStream(), maxPublishBytes, listener);
        }
        return guarded;
    }

    @Override public OutputStream getOutputStream() throws IOException { return s.getOutputStream(); }
    @Override public void connect(SocketAddress endpoint) throws IOException { s.connect(endpoint); }
    @Override public void connect(SocketAddress endpoint, int timeout) throws IOException { s.connect(endpoint, timeout); }
    @Override public void bind(SocketAddress bindpoint) throws IOException { s.bind(bindpoint); }
    @Override public InetAddress getInetAddress() { return s.getInetAddress(); }
    @Override public InetAddress getLocalAddress() { return s.getLocalAddress(); }
    @Override public int getPort() { return s.getPort(); }
    @Override public int getLocalPort() { return s.getLocalPort(); }
    @Override public SocketAddress getRemoteSocketAddress() { return s.getRemoteSocketAddress(); }
    @Override public SocketAddress getLocalSocketAddress() { return s.getLocalSocketAddress(); }
    @Override public SocketChannel getChannel() { return s.getChannel(); }
    @Override public void setTcpNoDelay(boolean on) throws SocketException { s.setTcpNoDelay(on); }
    @Override public boolean getTcpNoDelay() throws SocketException { return s.getTcpNoDelay(); }
    @Override public void setSoLinger(boolean on, int linger) throws SocketException { s.setSoLinger(on, linger); }
    @Override public int getSoLinger() throws SocketException { return s.getSoLinger(); }
    @Override public synchronized void setSoTimeout(int timeout) throws SocketException { s.setSoTimeout(timeout); }
    @Override public synchronized int getSoTimeout() throws SocketException { return s.getSoTimeout(); }
    @Override public synchronized void setSendBufferSize(int size) throws SocketException { s.setSendBufferSize(size); }
    @Override public synchronized int getSendBufferSize() throws SocketException { return s.getSendBufferSize(); }
    @Override public synchronized void setReceiveBufferSize(int size) throws SocketException { s.setReceiveBufferSize(size); }
    @Override public synchronized int getReceiveBufferSize() throws SocketException { return s.getReceiveBufferSize(); }
    @Override public void setKeepAlive(boolean on) throws SocketException { s.setKeepAlive(on); }
    @Override public boolean getKeepAlive() throws SocketException { return s.getKeepAlive(); }
    @Override public synchronized void close() throws IOException { s.close(); }
    @Override public void shutdownInput() throws IOException { s.shutdownInput(); }
    @Override public void shutdownOutput() throws IOException { s.shutdownOutput(); }
    @Override public boolean isConnected() { return s.isConnected(); }
    @Override public boolean isBound() { return s.isBound(); }
    @Override public boolean isClosed() { return s.isClosed(); }
    @Override public boolean isInputShutdown() { return s.isInputShutdown(); }
    @Override public boolean isOutputShutdown() { return s.isOutputShutdown(); }
    @Override public String toString() { return "guarded " + s; }

    @Override public String[] getSupportedCipherSuites() { return s.getSupportedCipherSuites(); }
    @Override public String[] getEnabledCipherSuites() { return s.getEnabledCipherSuites(); }
    @Override public void setEnabledCipherSuites(String[] suites) { s.setEnabledCipherSuites(suites); }
    @Override public String[] getSupportedProtocols() { return s.getSupportedProtocols(); }
    @Override public String[] getEnabledProtocols() { return s.getEnabledProtocols(); }
    @Override public void setEnabledProtocols(String[] protocols) { s.setEnabledProtocols(protocols); }
    @Override public SSLSession getSession() { return s.getSession(); }
    @Override public SSLSession getHandshakeSession() { return s.getHandshakeSession(); }
    @Override public void addHandshakeCompletedListener(HandshakeCompletedListener l) { s.addHandshakeCompletedListener(l); }
    @Override public void removeHandshakeCompletedListener(HandshakeCompletedListener l) { s.removeHandshakeCompletedListener(l); }
    @Override public void startHandshake() throws IOException { s.startHandshake(); }
    @Override public void setUseClientMode(boolean mode) { s.setUseClientMode(mode); }
    @Override public boolean getUseClientMode() { return s.getUseClientMode(); }
    @Override public void setNeedClientAuth(boolean need) { s.setNeedClientAuth(need); }
    @Override public boolean getNeedClientAuth() { return s.getNeedClientAuth(); }
    @Override public void setWantClientAuth(boolean want) { s.setWantClientAuth(want); }
    @Override public boolean getWantClientAuth() { return s.getWantClientAuth(); }
    @Override public void setEnableSessionCreation(boolean flag) { s.setEnableSessionCreation(flag); }
    @Override public boolean getEnableSessionCreation() { return s.getEnableSessionCreation(); }
    @Override public SSLParameters getSSLParameters() { return s.getSSLParameters(); }
    @Override public void setSSLParameters(SSLParameters params) { s.setSSLParameters(params); }
    @Override public String getApplicationProtocol() { return s.getApplicationProtocol(); }
    @Override public String getHandshakeApplicationProtocol() { return s.getHandshakeApplicationProtocol(); }
}
