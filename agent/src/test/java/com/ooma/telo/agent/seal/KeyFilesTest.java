package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provisioning output: standard PEMs, owner-only private keys, a random device id, and the enrolment record. */
class KeyFilesTest {
    @TempDir
    Path root;

    @Test
    void generate_createsPrivateKeysWithMode0600() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        for (Path key : List.of(keys.device.resolve(KeyFiles.DEVICE_SIGNING), keys.device.resolve(KeyFiles.DEVICE_KEM),
                keys.backend.resolve(KeyFiles.BACKEND_KEM), keys.backend.resolve(KeyFiles.BACKEND_COMMAND))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).as(key.toString())
                    .isEqualTo("rw-------");
            assertThat(KeyFiles.publicKeyFileFor(key)).exists();
        }
    }

    @Test
    void load_refusesPrivateKeyWithMode0644NamingFileAndMode() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        Path kem = keys.backend.resolve(KeyFiles.BACKEND_KEM);
        Files.setPosixFilePermissions(kem, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> keys.backendOpener(KeyDirs.FIXED))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining(kem.toString()).hasMessageContaining("0644").hasMessageContaining("chmod 600");
    }

    @Test
    void pems_parseWithJdkKeyFactoryAsPkcs8AndSpki() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        Path signing = keys.device.resolve(KeyFiles.DEVICE_SIGNING);
        PrivateKey priv = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(signing)));
        PublicKey pub = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(der(KeyFiles.publicKeyFileFor(signing))));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(priv);
        signer.update(new byte[] {1, 2, 3});
        byte[] sig = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pub);
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(sig)).as("private and .pub.pem are one key pair").isTrue();

        Path kem = keys.device.resolve(KeyFiles.DEVICE_KEM);
        assertThat(KeyFactory.getInstance("XDH").generatePrivate(new PKCS8EncodedKeySpec(der(kem))).getAlgorithm())
                .isEqualTo("XDH");
        assertThat(KeyFactory.getInstance("XDH")
                .generatePublic(new X509EncodedKeySpec(der(KeyFiles.publicKeyFileFor(kem)))).getAlgorithm())
                .isEqualTo("XDH");
    }

    @Test
    void privatePem_isPkcs8Version1WithoutEmbeddedPublicKey() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        byte[] der = der(keys.device.resolve(KeyFiles.DEVICE_SIGNING));
        // RFC 8410 §10.3: SEQUENCE(46) { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING(32) } }
        assertThat(der).hasSize(48);
        assertThat(java.util.Arrays.copyOf(der, 16)).isEqualTo(new byte[] {
            0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20});
    }

    @Test
    void generateDevice_writesRandom128BitIdAsLowercaseHexLine() throws Exception {
        KeyFiles.generateDevice(root.resolve("one"));
        KeyFiles.generateDevice(root.resolve("two"));
        String one = Files.readString(root.resolve("one").resolve(KeyFiles.DEVICE_ID));
        String two = Files.readString(root.resolve("two").resolve(KeyFiles.DEVICE_ID));
        assertThat(one).matches("[0-9a-f]{32}\n");
        assertThat(one).isNotEqualTo(two);
        assertThat(KeyFiles.readDeviceId(root.resolve("one").resolve(KeyFiles.DEVICE_ID))).isEqualTo(one.strip());
    }

    @Test
    void enrolment_namesDeviceAndItsPublicKeysWithKids() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        JsonNode json = new ObjectMapper().readTree(keys.device.resolve(KeyFiles.ENROLMENT).toFile());
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "device_id", "signing_public_key_pem", "kem_public_key_pem", "signing_kid", "kem_kid");
        assertThat(json.get("device_id").asText()).isEqualTo(keys.deviceId());
        assertThat(json.get("signing_public_key_pem").asText())
                .isEqualTo(Files.readString(keys.device.resolve("device-signing.pub.pem")));
        assertThat(json.get("kem_public_key_pem").asText())
                .isEqualTo(Files.readString(keys.device.resolve("device-kem.pub.pem")));
        assertThat(json.get("signing_kid").asText())
                .isEqualTo(KeyFiles.describe(keys.device.resolve(KeyFiles.DEVICE_SIGNING)).kidHex());
        assertThat(json.get("kem_kid").asText())
                .isEqualTo(KeyFiles.describe(keys.device.resolve(KeyFiles.DEVICE_KEM)).kidHex());
    }

    @Test
    void describe_givesSameKidForPrivateKeyAndItsPublicFile() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        Path kem = keys.backend.resolve(KeyFiles.BACKEND_KEM);
        KeyFiles.Description priv = KeyFiles.describe(kem);
        KeyFiles.Description pub = KeyFiles.describe(KeyFiles.publicKeyFileFor(kem));
        assertThat(priv.algorithm()).isEqualTo("X25519");
        assertThat(priv.privateKey()).isTrue();
        assertThat(pub.privateKey()).isFalse();
        assertThat(priv.kidHex()).matches("[0-9a-f]{8}").isEqualTo(pub.kidHex());
        assertThat(priv.sha256Hex()).hasSize(64).startsWith(priv.kidHex()).isEqualTo(pub.sha256Hex());
    }

    @Test
    void generate_refusesToOverwriteExistingKeys() throws Exception {
        KeyFiles.generateBackend(root);
        String before = Files.readString(root.resolve(KeyFiles.BACKEND_KEM));
        assertThatThrownBy(() -> KeyFiles.generateBackend(root)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(root.resolve(KeyFiles.BACKEND_KEM))).isEqualTo(before);
    }

    @Test
    void readDeviceId_refusesMalformedFileNamingIt() throws Exception {
        Path file = root.resolve("device.id");
        Files.writeString(file, "00:11:22:33:44:55\n");
        assertThatThrownBy(() -> KeyFiles.readDeviceId(file))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining(file.toString())
                .hasMessageNotContaining("00:11");
    }

    @Test
    void read_refusesNonKeyFileNamingIt() throws Exception {
        Path file = root.resolve("notes.pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> KeyFiles.describe(file))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("CERTIFICATE");
    }

    private static byte[] der(Path pem) throws Exception {
        String body = Files.readString(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
