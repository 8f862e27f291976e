package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * Over TLS the guard sits on the decrypted stream: a real TLS 1.3 handshake through {@link GuardedSslSocketFactory},
 * with hostname verification on as Paho sets it, then an oversize PUBLISH from the server arrives without its
 * payload. Shows the delegating socket is a working TLS socket, not just a type Paho accepts.
 */
class GuardedSslSocketTest {
    @Test
    void overTls_handshakeAndHostnameCheckWork_andAnOversizePublishIsReadPast() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair kp = g.generateKeyPair();
        long now = System.currentTimeMillis();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                new X500Name("CN=broker"), BigInteger.ONE, new Date(now - 60_000), new Date(now + 3_600_000),
                new X500Name("CN=broker"), kp.getPublic())
                .addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("broker", kp.getPrivate(), new char[0], new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        SSLContext server = SSLContext.getInstance("TLSv1.3");
        server.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("broker", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext client = SSLContext.getInstance("TLSv1.3");
        client.init(null, tmf.getTrustManagers(), null);

        byte[] big = new byte[2 + 1 + 2 + 100_000];
        big[0] = 0x00;
        big[1] = 0x01;
        big[2] = 'c';
        big[3] = 0x00;
        big[4] = 0x2a;
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket s = listener.accept(); OutputStream out = s.getOutputStream()) {
                    out.write(new byte[] {0x32, (byte) 0xa5, (byte) 0x8d, 0x06}); // PUBLISH QoS 1, 100,005 bytes
                    out.write(big);
                    out.write(new byte[] {(byte) 0xd0, 0x00});
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Long> oversize = new ArrayList<>();
            Socket s = new GuardedSslSocketFactory(client.getSocketFactory(), List.of("TLSv1.3"), 1_000,
                    oversize::add).createSocket();
            s.connect(new InetSocketAddress("localhost", listener.getLocalPort()), 5_000);
            SSLParameters p = new SSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            ((SSLSocket) s).setSSLParameters(p);
            ((SSLSocket) s).startHandshake();
            assertThat(((SSLSocket) s).getSession().getProtocol()).isEqualTo("TLSv1.3");

            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try (InputStream in = s.getInputStream()) {
                in.transferTo(got);
            }
            served.join();
            assertThat(got.toByteArray()).containsExactly(0x32, 0x05, 0x00, 0x01, 'c', 0x00, 0x2a, 0xd0, 0x00);
            assertThat(oversize).containsExactly(100_005L);
        }
    }
}
