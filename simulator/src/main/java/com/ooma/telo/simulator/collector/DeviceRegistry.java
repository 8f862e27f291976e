package com.ooma.telo.simulator.collector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.KeyRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;

/**
 * The backend's device registry: a folder of {@code enrolment.json} files (one per device, as {@code keys generate}
 * writes it; any file name ending in {@code .json}) and the backend's X25519 key, loaded into a {@link KeyRing} that
 * looks sender keys up by (device id, kid), never by kid alone (4-byte kids collide across a fleet). A file whose
 * stated kid does not match its key, or whose device id is malformed or already enrolled, refuses the whole folder:
 * a registry that guesses would open reports under the wrong device.
 */
public final class DeviceRegistry {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");

    private final KeyRing ring;
    private final List<String> devices;
    private final Map<String, byte[]> kemKeys;

    private DeviceRegistry(KeyRing ring, List<String> devices, Map<String, byte[]> kemKeys) {
        this.ring = ring;
        this.devices = List.copyOf(devices);
        this.kemKeys = Map.copyOf(kemKeys);
    }

    /** Every {@code *.json} in {@code folder} (sorted by name), and the backend's X25519 private key. */
    public static DeviceRegistry load(Path folder, Path backendKemPrivatePem) throws IOException, KeyLoadException {
        KeyRing ring = new KeyRing();
        ring.addRecipient(KeyRing.ANY_DEVICE, backendKemPrivatePem);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<String> devices = new ArrayList<>();
        Map<String, byte[]> kemKeys = new HashMap<>();
        for (Path f : files) {
            String id = enrol(ring, f, kemKeys);
            if (devices.contains(id)) {
                throw new IOException("device registry " + folder + ": device " + id + " is enrolled twice ("
                        + f.getFileName() + ")");
            }
            devices.add(id);
        }
        return new DeviceRegistry(ring, devices, kemKeys);
    }

    /**
     * The device's X25519 public key from its enrolment ({@code kem_public_key_pem}), raw: what receipts are sealed
     * to. Empty for an enrolment without one (receipts cannot be sent to that device).
     */
    public Optional<byte[]> kemPublic(String deviceIdHex) {
        return Optional.ofNullable(kemKeys.get(deviceIdHex)).map(byte[]::clone);
    }

    /** The enrolled device ids, in file-name order. */
    public List<String> devices() {
        return devices;
    }

    /** The key ring the collectors' openers share (thread-safe). */
    KeyRing ring() {
        return ring;
    }

    private static String enrol(KeyRing ring, Path file, Map<String, byte[]> kemKeys) throws IOException {
        JsonNode e = JSON.readTree(file.toFile());
        String id = e.path("device_id").asText("");
        if (!DEVICE_ID.matcher(id).matches()) {
            throw new IOException(file + ": device_id \"" + id + "\" is not 32 lowercase hex digits");
        }
        byte[] raw = rawKey(file, "signing_public_key_pem", e.path("signing_public_key_pem").asText(""),
                EdECObjectIdentifiers.id_Ed25519);
        if (e.hasNonNull("kem_public_key_pem")) {
            kemKeys.put(id, rawKey(file, "kem_public_key_pem", e.path("kem_public_key_pem").asText(""),
                    EdECObjectIdentifiers.id_X25519));
        }
        int kid = ring.addSender(id, raw);
        String stated = e.path("signing_kid").asText("");
        if (!stated.equals(HexFormat.of().toHexDigits(kid))) {
            throw new IOException(file + ": signing_kid \"" + stated + "\" is not the kid of its signing key ("
                    + HexFormat.of().toHexDigits(kid) + ")");
        }
        return id;
    }

    /** The raw 32-byte key from an Ed25519 or X25519 SubjectPublicKeyInfo PEM. */
    private static byte[] rawKey(Path file, String field, String pem,
            org.bouncycastle.asn1.ASN1ObjectIdentifier algorithm) throws IOException {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(Base64.getDecoder().decode(body));
            if (!algorithm.equals(spki.getAlgorithm().getAlgorithm())) {
                throw new IOException(file + ": " + field + " is not an "
                        + (algorithm.equals(EdECObjectIdentifiers.id_Ed25519) ? "Ed25519" : "X25519") + " key");
            }
            byte[] raw = spki.getPublicKeyData().getBytes();
            if (raw.length != 32) {
                throw new IOException(file + ": " + field + " holds " + raw.length + " bytes, not 32");
            }
            return raw;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + field + " is not a PEM public key", e);
        }
    }
}
