package com.ooma.telo.agent.seal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * PEM key files as RFC 8410 describes them: private keys as PKCS#8 v1 ("PRIVATE KEY"), public keys as
 * SubjectPublicKeyInfo ("PUBLIC KEY"), so OpenSSL and the JDK's KeyFactory read them unchanged.
 */
final class PemKeys {
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final long MAX_PEM_BYTES = 16 * 1024;
    private static final Set<PosixFilePermission> PUBLIC_MODE = PosixFilePermissions.fromString("rw-r--r--");

    /** A parsed key; {@code rawPrivate} is null for a public key file. */
    record LoadedKey(KeyAlgorithm algorithm, byte[] rawPrivate, byte[] rawPublic) {
        boolean isPrivate() {
            return rawPrivate != null;
        }
    }

    private PemKeys() { }

    /** Reads a private or public key file; private ones must not be readable by group or others. */
    static LoadedKey read(Path file) throws KeyLoadException {
        PemObject pem = readPem(file);
        try {
            if (PRIVATE_LABEL.equals(pem.getType())) {
                OwnerOnlyFiles.require(file);
                return parsePrivate(file, pem.getContent());
            }
            if (PUBLIC_LABEL.equals(pem.getType())) {
                return parsePublic(file, pem.getContent());
            }
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            // BouncyCastle's ASN.1 parsers signal malformed input with unchecked exceptions.
            throw new KeyLoadException(file, "malformed " + pem.getType() + " structure");
        }
        throw new KeyLoadException(file, "expected a PEM \"PRIVATE KEY\" or \"PUBLIC KEY\" block, found \""
                + pem.getType() + "\"");
    }

    static LoadedKey readPrivate(Path file, KeyAlgorithm expected) throws KeyLoadException {
        LoadedKey key = read(file);
        if (!key.isPrivate() || key.algorithm() != expected) {
            throw new KeyLoadException(file, "expected an " + expected.displayName() + " private key, found "
                    + describe(key));
        }
        return key;
    }

    static LoadedKey readPublic(Path file, KeyAlgorithm expected) throws KeyLoadException {
        LoadedKey key = read(file);
        if (key.isPrivate() || key.algorithm() != expected) {
            throw new KeyLoadException(file, "expected an " + expected.displayName() + " public key, found "
                    + describe(key));
        }
        return key;
    }

    /** Writes a PKCS#8 v1 private key file, created with mode 0600 before a single key byte is written. */
    static void writePrivate(Path file, KeyAlgorithm algorithm, byte[] rawPrivate) throws IOException {
        byte[] pem = privatePem(algorithm, rawPrivate);
        try {
            OwnerOnlyFiles.createWith(file, pem);
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }

    /** Atomically replaces a private key file (key rotation); the new file is mode 0600 from its first byte. */
    static void replacePrivate(Path file, KeyAlgorithm algorithm, byte[] rawPrivate) throws IOException {
        byte[] pem = privatePem(algorithm, rawPrivate);
        try {
            OwnerOnlyFiles.replaceWith(file, pem);
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }

    private static byte[] privatePem(KeyAlgorithm algorithm, byte[] rawPrivate) throws IOException {
        byte[] der = new PrivateKeyInfo(new AlgorithmIdentifier(algorithm.oid()), new DEROctetString(rawPrivate))
                .getEncoded(ASN1Encoding.DER);
        try {
            return pem(PRIVATE_LABEL, der).getBytes(StandardCharsets.US_ASCII);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /**
     * Writes a public key file, mode 0644 whatever the umask: readable by all, writable by its owner only, as a
     * trust anchor must be ({@link TrustAnchorFiles}).
     */
    static void writePublic(Path file, KeyAlgorithm algorithm, byte[] rawPublic) throws IOException {
        byte[] pem = publicPem(algorithm, rawPublic).getBytes(StandardCharsets.US_ASCII);
        FileAttribute<?>[] attrs = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PUBLIC_MODE)}
                : new FileAttribute<?>[0];
        try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                attrs)) {
            ByteBuffer buf = ByteBuffer.wrap(pem);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    static String publicPem(KeyAlgorithm algorithm, byte[] rawPublic) {
        try {
            return pem(PUBLIC_LABEL, new SubjectPublicKeyInfo(new AlgorithmIdentifier(algorithm.oid()), rawPublic)
                    .getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of a fixed structure failed", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static PemObject readPem(Path file) throws KeyLoadException {
        try {
            if (Files.size(file) > MAX_PEM_BYTES) {
                throw new KeyLoadException(file, "larger than " + MAX_PEM_BYTES + " bytes, not a key file");
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            PemReader reader = new PemReader(new StringReader(text));
            PemObject pem = reader.readPemObject();
            if (pem == null) {
                throw new KeyLoadException(file, "no PEM block found");
            }
            // Which key would be used must never depend on which block a reader happens to take.
            if (reader.readPemObject() != null) {
                throw new KeyLoadException(file, "holds more than one PEM block; a key file holds exactly one key");
            }
            return pem;
        } catch (IOException e) {
            throw new KeyLoadException(file, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static LoadedKey parsePrivate(Path file, byte[] der) throws KeyLoadException {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
        KeyAlgorithm alg = algorithm(file, info.getPrivateKeyAlgorithm());
        byte[] raw;
        try {
            raw = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
        } catch (IOException e) {
            throw new KeyLoadException(file, "malformed private key octets");
        }
        requireLength(file, raw);
        byte[] pub = alg.publicFromPrivate(raw);
        if (info.getPublicKeyData() != null && !Arrays.equals(pub, info.getPublicKeyData().getOctets())) {
            throw new KeyLoadException(file, "embedded public key does not match the private key");
        }
        return new LoadedKey(alg, raw, pub);
    }

    private static LoadedKey parsePublic(Path file, byte[] der) throws KeyLoadException {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(der);
        KeyAlgorithm alg = algorithm(file, info.getAlgorithm());
        byte[] raw = info.getPublicKeyData().getOctets();
        requireLength(file, raw);
        return new LoadedKey(alg, null, raw);
    }

    private static KeyAlgorithm algorithm(Path file, AlgorithmIdentifier id) throws KeyLoadException {
        // RFC 8410 §3: the parameters field must be absent for these algorithms.
        return KeyAlgorithm.forOid(id.getAlgorithm()).filter(a -> id.getParameters() == null)
                .orElseThrow(() -> new KeyLoadException(file, "unsupported key algorithm "
                        + id.getAlgorithm().getId() + " (expected Ed25519 or X25519 as in RFC 8410)"));
    }

    private static void requireLength(Path file, byte[] raw) throws KeyLoadException {
        if (raw.length != KeyAlgorithm.RAW_KEY_BYTES) {
            throw new KeyLoadException(file, "raw key is " + raw.length + " bytes, expected 32");
        }
    }

    private static String describe(LoadedKey key) {
        return "an " + key.algorithm().displayName() + (key.isPrivate() ? " private key" : " public key");
    }
}
