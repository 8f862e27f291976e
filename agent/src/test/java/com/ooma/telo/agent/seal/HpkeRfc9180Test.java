package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.junit.jupiter.api.Test;

/**
 * The HPKE configuration the envelope uses reproduces RFC 9180 Appendix A.2.1 (DHKEM(X25519, HKDF-SHA256),
 * HKDF-SHA256, ChaCha20Poly1305, base mode), values copied from the RFC text.
 */
class HpkeRfc9180Test {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] INFO = HEX.parseHex("4f6465206f6e2061204772656369616e2055726e");
    private static final byte[] IKM_E = HEX.parseHex(
            "909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b");
    private static final String SK_EM = "f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600";
    private static final String PK_RM = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a";
    private static final String SK_RM = "8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb";
    private static final String ENC = "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a";
    private static final byte[] PT = HEX.parseHex("4265617574792069732074727574682c20747275746820626561757479");
    private static final byte[] AAD_0 = HEX.parseHex("436f756e742d30");
    private static final byte[] AAD_1 = HEX.parseHex("436f756e742d31");
    private static final String CT_0 =
            "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28";
    private static final String CT_1 =
            "6b53c051e4199c518de79594e1c4ab18b96f081549d45ce015be002090bb119e85285337cc95ba5f59992dc98c";

    private final HPKE hpke = EnvelopeSealer.newHpke();

    @Test
    void deriveKeyPair_reproducesEphemeralKeyFromIkmE() {
        AsymmetricCipherKeyPair e = hpke.deriveKeyPair(IKM_E);

        // The RFC prints DeriveKeyPair's raw output; BouncyCastle stores X25519 scalars clamped (RFC 7748 §5),
        // which is the same key: X25519 clamps before every multiplication.
        assertThat(HEX.formatHex(hpke.serializePrivateKey(e.getPrivate()))).isEqualTo(clamped(SK_EM));
        assertThat(HEX.formatHex(hpke.serializePublicKey(e.getPublic()))).isEqualTo(ENC);
    }

    private static String clamped(String scalarHex) {
        byte[] k = HEX.parseHex(scalarHex);
        k[0] &= (byte) 248;
        k[31] &= 127;
        k[31] |= 64;
        return HEX.formatHex(k);
    }

    @Test
    void setupBaseS_withVectorEphemeralKey_producesVectorEncAndCiphertexts() throws Exception {
        HPKEContextWithEncapsulation ctx = hpke.setupBaseS(hpke.deserializePublicKey(HEX.parseHex(PK_RM)), INFO,
                hpke.deriveKeyPair(IKM_E));

        assertThat(HEX.formatHex(ctx.getEncapsulation())).isEqualTo(ENC);
        assertThat(HEX.formatHex(ctx.seal(AAD_0, PT))).isEqualTo(CT_0);
        assertThat(HEX.formatHex(ctx.seal(AAD_1, PT))).isEqualTo(CT_1);
    }

    @Test
    void setupBaseR_withVectorRecipientKey_opensVectorCiphertext() throws Exception {
        AsymmetricCipherKeyPair r = hpke.deserializePrivateKey(HEX.parseHex(SK_RM), HEX.parseHex(PK_RM));
        HPKEContext ctx = hpke.setupBaseR(HEX.parseHex(ENC), r, INFO);

        assertThat(ctx.open(AAD_0, HEX.parseHex(CT_0))).isEqualTo(PT);
    }
}
