package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ooma.telo.agent.state.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/** Provisioning files: device and backend key sets, the device id file, and key descriptions for operators. */
public final class KeyFiles {
    public static final String DEVICE_ID = "device.id";
    public static final String DEVICE_SIGNING = "device-signing.pem";
    public static final String DEVICE_KEM = "device-kem.pem";
    public static final String ENROLMENT = "enrolment.json";
    public static final String BACKEND_KEM = "backend-kem.pem";
    public static final String BACKEND_COMMAND = "backend-command.pem";
    public static final String VENDOR_ROOT = "vendor-root.pem";

    private static final int DEVICE_ID_BYTES = 16;
    private static final Pattern DEVICE_ID_FORMAT = Pattern.compile("[0-9a-f]{32}\n?");

    /** What `keys show` prints: never private material, only the public key's identity. */
    public record Description(String algorithm, boolean privateKey, String kidHex, String sha256Hex) { }

    private KeyFiles() { }

    /**
     * Writes device.id, the device's Ed25519 signing and X25519 KEM keys (+ .pub.pem) and enrolment.json. A folder it
     * creates is 0700, private keys 0600 and public keys 0644, whatever the umask.
     */
    public static void generateDevice(Path outDir) throws IOException {
        generateDevice(outDir, new SecureRandom());
    }

    /** Writes the backend's X25519 KEM key and Ed25519 command-signing key, each with its .pub.pem. */
    public static void generateBackend(Path outDir) throws IOException {
        generateBackend(outDir, new SecureRandom());
    }

    /** Writes the vendor root's Ed25519 key (signs trust bundles; keep it offline), with its .pub.pem. */
    public static void generateVendorRoot(Path outDir) throws IOException {
        PrivateFiles.createFolders(outDir);
        writeKeyPair(outDir.resolve(VENDOR_ROOT), KeyAlgorithm.ED25519, new SecureRandom());
    }

    /**
     * A signed trust bundle ({@link TrustBundle}): the backend X25519 public keys in {@code currentPem} and
     * {@code nextPem}, switching at {@code notBefore}, signed by the vendor root private key in {@code rootPem}.
     */
    public static byte[] signTrustBundle(Path rootPem, long version, Path currentPem, Path nextPem,
                                         Instant notBefore) throws KeyLoadException {
        PemKeys.LoadedKey root = PemKeys.readPrivate(rootPem, KeyAlgorithm.ED25519);
        try {
            return new TrustBundle(version, PemKeys.readPublic(currentPem, KeyAlgorithm.X25519).rawPublic(),
                    PemKeys.readPublic(nextPem, KeyAlgorithm.X25519).rawPublic(), notBefore).sign(root.rawPrivate());
        } finally {
            Arrays.fill(root.rawPrivate(), (byte) 0);
        }
    }

    /** The 32-lowercase-hex device id from a device.id file. */
    public static String readDeviceId(Path deviceIdFile) throws KeyLoadException {
        String text;
        try {
            if (Files.size(deviceIdFile) > DEVICE_ID_BYTES * 2 + 1) {
                throw new KeyLoadException(deviceIdFile, "expected 32 lowercase hex digits and a newline");
            }
            text = Files.readString(deviceIdFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyLoadException(deviceIdFile, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (!DEVICE_ID_FORMAT.matcher(text).matches()) {
            throw new KeyLoadException(deviceIdFile, "expected 32 lowercase hex digits and a newline");
        }
        return text.strip();
    }

    /** Type, kid and SHA-256 fingerprint of the public key in (or derived from) a PEM key file. */
    public static Description describe(Path pemFile) throws KeyLoadException {
        PemKeys.LoadedKey key = PemKeys.read(pemFile);
        if (key.isPrivate()) {
            Arrays.fill(key.rawPrivate(), (byte) 0);
        }
        return new Description(key.algorithm().displayName(), key.isPrivate(),
                KeyId.hex(KeyId.kid(key.rawPublic())), HexFormat.of().formatHex(KeyId.fingerprint(key.rawPublic())));
    }

    static void generateDevice(Path outDir, SecureRandom random) throws IOException {
        PrivateFiles.createFolders(outDir);
        byte[] id = new byte[DEVICE_ID_BYTES];
        random.nextBytes(id);
        String deviceId = HexFormat.of().formatHex(id);
        byte[] signingPub = writeKeyPair(outDir.resolve(DEVICE_SIGNING), KeyAlgorithm.ED25519, random);
        byte[] kemPub = writeKeyPair(outDir.resolve(DEVICE_KEM), KeyAlgorithm.X25519, random);
        Files.writeString(outDir.resolve(DEVICE_ID), deviceId + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

        ObjectMapper json = new ObjectMapper();
        ObjectNode enrolment = json.createObjectNode()
                .put("device_id", deviceId)
                .put("signing_public_key_pem", PemKeys.publicPem(KeyAlgorithm.ED25519, signingPub))
                .put("kem_public_key_pem", PemKeys.publicPem(KeyAlgorithm.X25519, kemPub))
                .put("signing_kid", KeyId.hex(KeyId.kid(signingPub)))
                .put("kem_kid", KeyId.hex(KeyId.kid(kemPub)));
        Files.writeString(outDir.resolve(ENROLMENT),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(enrolment) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    static void generateBackend(Path outDir, SecureRandom random) throws IOException {
        PrivateFiles.createFolders(outDir);
        writeKeyPair(outDir.resolve(BACKEND_KEM), KeyAlgorithm.X25519, random);
        writeKeyPair(outDir.resolve(BACKEND_COMMAND), KeyAlgorithm.ED25519, random);
    }

    /**
     * Refuses a trust anchor (backend KEM key, backend command key, vendor root) that group or others could replace:
     * the file or its folder writable by them. The message names the file or folder and its mode.
     */
    public static void requireTrustAnchor(Path publicKeyFile) throws KeyLoadException {
        TrustAnchorFiles.require(publicKeyFile);
    }

    /** The public-key file sitting next to a private key file: {@code x.pem} -> {@code x.pub.pem}. */
    public static Path publicKeyFileFor(Path privateKeyFile) {
        String name = privateKeyFile.getFileName().toString();
        String base = name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
        return privateKeyFile.resolveSibling(base + ".pub.pem");
    }

    /** Writes {@code file} (0600) and its .pub.pem; returns the raw public key. */
    private static byte[] writeKeyPair(Path file, KeyAlgorithm algorithm, SecureRandom random) throws IOException {
        byte[] priv = switch (algorithm) {
            case ED25519 -> new Ed25519PrivateKeyParameters(random).getEncoded();
            case X25519 -> new X25519PrivateKeyParameters(random).getEncoded();
        };
        try {
            byte[] pub = algorithm.publicFromPrivate(priv);
            PemKeys.writePrivate(file, algorithm, priv);
            PemKeys.writePublic(publicKeyFileFor(file), algorithm, pub);
            return pub;
        } finally {
            Arrays.fill(priv, (byte) 0);
        }
    }
}
