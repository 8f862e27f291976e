package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decoder written from docs/wire-format.md with only JDK primitives opens what the agent seals. */
class JdkEnvelopeDecoderTest {
    @TempDir
    Path root;
    private KeyDirs keys;
    private JdkEnvelopeDecoder decoder;

    @BeforeEach
    void setUp() throws Exception {
        keys = KeyDirs.create(root);
        decoder = new JdkEnvelopeDecoder(Files.readString(keys.backend.resolve(KeyFiles.BACKEND_KEM)),
                Files.readString(keys.device.resolve("device-signing.pub.pem")));
    }

    @Test
    void open_recoversPlaintextSealedByEnvelopeSealer() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(KeyDirs.FIXED);
        for (byte[] plaintext : new byte[][] {new byte[0], {(byte) 0xa0}, new byte[5000]}) {
            assertThat(decoder.open(sealer.seal(MessageType.TELEMETRY, plaintext))).isEqualTo(plaintext);
        }
    }

    @Test
    void open_refusesTamperedCiphertextLikeTheReferenceOpener() throws Exception {
        byte[] sealed = keys.telemetrySealer(KeyDirs.FIXED).seal(MessageType.TELEMETRY, new byte[] {1, 2, 3});
        sealed[90] ^= 1;
        assertThatThrownBy(() -> decoder.open(sealed)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void open_refusesResignedHeaderChangeBecauseHeaderIsTheAad() throws Exception {
        // Re-signing after changing a header byte gets past the signature, but the header is the HPKE AAD.
        byte[] sealed = keys.telemetrySealer(KeyDirs.FIXED).seal(MessageType.TELEMETRY, new byte[] {1, 2, 3});
        sealed[WireFormat.OFF_TYPE] = 3;
        byte[] forged = new Resigner(keys.device.resolve(KeyFiles.DEVICE_SIGNING)).resign(sealed);
        assertThatThrownBy(() -> decoder.open(forged)).isInstanceOf(GeneralSecurityException.class)
                .hasMessageNotContaining("signature");
    }
}
