package com.ooma.telo.agent.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway PKI for TLS tests, made with BouncyCastle: a CA, and leaf certificates it signs (broker, devices,
 * backend), written as PEM files a real Mosquitto and the agent read. EC P-256 throughout.
 */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    private final Path dir;
    private final String name;
    private final KeyPair caKey;
    private final X509Certificate ca;

    private TestPki(Path dir, String name, KeyPair caKey, X509Certificate ca) {
        this.dir = dir;
        this.name = name;
        this.caKey = caKey;
        this.ca = ca;
    }

    /** A new CA; its certificate is written to {@code dir/<name>-ca.pem}. */
    public static TestPki create(Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        KeyPair k = ecKey();
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + name + " test CA");
        X509Certificate ca = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                subject, BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))), subject, k.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .build(signer(k)));
        TestPki pki = new TestPki(dir, name, k, ca);
        Files.writeString(pki.caFile(), pem(ca));
        return pki;
    }

    public Path caFile() {
        return dir.resolve(name + "-ca.pem");
    }

    /** A leaf valid from a day ago for 30 days. */
    public Leaf issue(String cn, String... dnsNames) throws Exception {
        Instant now = Instant.now();
        return issue(cn, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), dnsNames);
    }

    /** A leaf that expired an hour ago. */
    public Leaf issueExpired(String cn) throws Exception {
        Instant now = Instant.now();
        return issue(cn, now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)));
    }

    private Leaf issue(String cn, Instant from, Instant until, String... dnsNames) throws Exception {
        KeyPair k = ecKey();
        org.bouncycastle.cert.X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca,
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(until),
                new X500Name("CN=" + cn), k.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (dnsNames.length > 0) {
            GeneralName[] names = new GeneralName[dnsNames.length];
            for (int i = 0; i < dnsNames.length; i++) {
                names[i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
            }
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(signer(caKey)));
        String file = name + "-" + cn.replaceAll("[^A-Za-z0-9]", "_") + "-" + cert.getSerialNumber();
        Path certFile = dir.resolve(file + ".pem");
        Path keyFile = dir.resolve(file + "-key.pem");
        Files.writeString(certFile, pem(cert));
        Files.writeString(keyFile, pem(new JcaPKCS8Generator(k.getPrivate(), null).generate())); // PKCS#8
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        return new Leaf(certFile, keyFile);
    }

    /** A certificate file and its private key file (mode 0600). */
    public record Leaf(Path cert, Path key) {
    }

    private static KeyPair ecKey() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private static org.bouncycastle.operator.ContentSigner signer(KeyPair k) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(k.getPrivate());
    }

    private static String pem(Object o) throws IOException {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter p = new JcaPEMWriter(w)) {
            p.writeObject(o);
        }
        return w.toString();
    }
}
