package com.ooma.telo.agent.seal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * TLS trust and identity from PEM files, for the connection to the broker: a CA bundle that alone is trusted for the
 * broker's certificate (instead of every public CA the JDK knows), and the device's client certificate and key.
 * BouncyCastle's PEM parser reads the files (PKCS#8, SEC1 EC and PKCS#1 RSA keys); the JDK's TLS does the rest.
 * Problems name the file and what is wrong with it, never key bytes.
 */
public final class TlsMaterial {
    private static final char[] NO_PASSWORD = new char[0];

    private TlsMaterial() {
    }

    /**
     * An initialised TLS context.
     *
     * @param caFile     trusted CAs for the broker; empty: the JDK's default trust store
     * @param clientCert the client certificate chain; with {@code clientKey}, or both empty
     */
    public static SSLContext context(Optional<Path> caFile, Optional<Path> clientCert, Optional<Path> clientKey)
            throws KeyLoadException {
        try {
            TrustManagerFactory tmf = null;
            if (caFile.isPresent()) {
                KeyStore trust = emptyStore();
                List<X509Certificate> cas = certificates(caFile.get());
                for (int i = 0; i < cas.size(); i++) {
                    trust.setCertificateEntry("ca-" + i, cas.get(i));
                }
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
            }
            KeyManagerFactory kmf = null;
            if (clientCert.isPresent() && clientKey.isPresent()) {
                List<X509Certificate> chain = certificates(clientCert.get());
                KeyStore identity = emptyStore();
                identity.setKeyEntry("device", privateKey(clientKey.get()), NO_PASSWORD,
                        chain.toArray(new Certificate[0]));
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(identity, NO_PASSWORD);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyLoadException(caFile.or(() -> clientCert).orElse(Path.of("?")),
                    "TLS material unusable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The first line of an owner-only secret file (an MQTT password), without its line end. */
    public static char[] secret(Path file) throws KeyLoadException {
        OwnerOnlyFiles.require(file);
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            int end = s.indexOf('\n');
            s = end < 0 ? s : s.substring(0, end);
            s = s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            if (s.isEmpty()) {
                throw new KeyLoadException(file, "secret file is empty");
            }
            return s.toCharArray();
        } catch (IOException e) {
            throw new KeyLoadException(file, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Every certificate in a PEM file, in order; at least one. */
    static List<X509Certificate> certificates(Path file) throws KeyLoadException {
        List<X509Certificate> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            JcaX509CertificateConverter convert = new JcaX509CertificateConverter();
            for (Object o = p.readObject(); o != null; o = p.readObject()) {
                if (!(o instanceof X509CertificateHolder h)) {
                    throw new KeyLoadException(file, "holds something other than certificates");
                }
                out.add(convert.getCertificate(h));
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyLoadException(file, "is not a PEM certificate file (" + e.getClass().getSimpleName() + ")");
        }
        if (out.isEmpty()) {
            throw new KeyLoadException(file, "holds no certificate");
        }
        return out;
    }

    /** Exactly one private key, from an owner-only file. */
    static PrivateKey privateKey(Path file) throws KeyLoadException {
        OwnerOnlyFiles.require(file);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            Object o = p.readObject();
            if (p.readObject() != null) {
                throw new KeyLoadException(file, "holds more than one PEM object; expected one private key");
            }
            JcaPEMKeyConverter convert = new JcaPEMKeyConverter();
            if (o instanceof PrivateKeyInfo info) {
                return convert.getPrivateKey(info);
            }
            if (o instanceof PEMKeyPair pair) {
                return convert.getKeyPair(pair).getPrivate();
            }
            throw new KeyLoadException(file, "holds no unencrypted private key");
        } catch (IOException e) {
            throw new KeyLoadException(file, "is not a PEM key file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        return ks;
    }
}
