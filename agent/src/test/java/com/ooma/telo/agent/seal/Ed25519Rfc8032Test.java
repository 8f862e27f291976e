package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFC 8032 §7.1 TEST 1-3: the Ed25519 the envelope signs with is pure Ed25519 as specified (deterministic, so the
 * signatures must match byte for byte), and keys survive our PEM files unchanged.
 */
class Ed25519Rfc8032Test {
    private static final HexFormat HEX = HexFormat.of();

    private record Vector(String secret, String publicKey, String message, String signature) { }

    private static final List<Vector> VECTORS = List.of(
            new Vector("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
                    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
            new Vector("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
                    "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
                    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                            + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
            new Vector("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
                    "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
                    "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                            + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"));

    @TempDir
    Path dir;

    @Test
    void signing_reproducesRfc8032SignaturesAfterAPemRoundTrip() throws Exception {
        int n = 0;
        for (Vector v : VECTORS) {
            Path pem = dir.resolve("k" + n++ + ".pem");
            PemKeys.writePrivate(pem, KeyAlgorithm.ED25519, HEX.parseHex(v.secret()));
            PemKeys.LoadedKey loaded = PemKeys.readPrivate(pem, KeyAlgorithm.ED25519);
            assertThat(HEX.formatHex(loaded.rawPublic())).isEqualTo(v.publicKey());

            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, new Ed25519PrivateKeyParameters(loaded.rawPrivate(), 0));
            byte[] message = HEX.parseHex(v.message());
            signer.update(message, 0, message.length);
            assertThat(HEX.formatHex(signer.generateSignature())).isEqualTo(v.signature());
        }
    }

    @Test
    void verification_acceptsRfc8032SignaturesAndRefusesAnyFlippedBit() throws Exception {
        for (Vector v : VECTORS) {
            byte[] message = HEX.parseHex(v.message());
            byte[] sig = HEX.parseHex(v.signature());
            assertThat(bouncyCastleVerifies(v.publicKey(), message, sig)).isTrue();
            assertThat(jdkVerifies(v.publicKey(), message, sig)).isTrue();
            for (int i = 0; i < sig.length; i += 7) {
                byte[] bad = sig.clone();
                bad[i] ^= 0x01;
                assertThat(bouncyCastleVerifies(v.publicKey(), message, bad)).as("byte %d", i).isFalse();
            }
        }
    }

    private static boolean bouncyCastleVerifies(String publicHex, byte[] message, byte[] sig) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(HEX.parseHex(publicHex), 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(sig);
    }

    private static boolean jdkVerifies(String publicHex, byte[] message, byte[] sig) throws Exception {
        byte[] spki = HEX.parseHex("302a300506032b6570032100" + publicHex);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
        jdk.update(message);
        return jdk.verify(sig);
    }
}
