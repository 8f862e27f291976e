package com.ooma.telo.agent.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.command.CommandOutcome.Acknowledged;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.TrustStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backend key rotation by command: a signed bundle installs, an older version is refused with a signed ack. */
class SetTrustBundleVerbTest {
    @TempDir
    Path root;

    @Test
    void setTrustBundle_installsNewerVersionsAndRefusesRollback() throws Exception {
        CommandFixture f = new CommandFixture(root);
        Path vendor = root.resolve("vendor");
        KeyFiles.generateVendorRoot(vendor);
        Path next = root.resolve("backend-next");
        KeyFiles.generateBackend(next);
        TrustStore store = TrustStore.open(root.resolve("trust-state"), vendor.resolve("vendor-root.pub.pem"));
        CommandHandler handler = f.handler(store);

        JsonNode installed = f.openAck(((Acknowledged) handler.handle(
                f.command("set_trust_bundle", Map.of("bundle", bundle(f, vendor, next, 7))), false)).sealedAck());
        JsonNode rollback = f.openAck(((Acknowledged) handler.handle(
                f.command("set_trust_bundle", Map.of("bundle", bundle(f, vendor, next, 6))), false)).sealedAck());

        assertThat(installed.get("result").asText()).isEqualTo("ok");
        assertThat(installed.get("detail").get("version").asLong()).isEqualTo(7);
        assertThat(rollback.get("error").asText()).isEqualTo("refused");
        assertThat(rollback.get("detail").get("problem").asText()).isEqualTo("rollback");
        assertThat(store.installed().orElseThrow().version()).isEqualTo(7);
    }

    @Test
    void setTrustBundle_isAnUnknownVerbWithoutATrustRoot() throws Exception {
        CommandFixture f = new CommandFixture(root);
        Acknowledged ack = (Acknowledged) f.handler().handle(
                f.command("set_trust_bundle", Map.of("bundle", new byte[] {1})), false);
        assertThat(ack.error()).contains("unknown_verb");
    }

    private static byte[] bundle(CommandFixture f, Path vendor, Path next, long version) throws Exception {
        return KeyFiles.signTrustBundle(vendor.resolve(KeyFiles.VENDOR_ROOT), version,
                f.backend.resolve("backend-kem.pub.pem"), next.resolve("backend-kem.pub.pem"),
                Instant.parse("2027-01-01T00:00:00Z"));
    }
}
