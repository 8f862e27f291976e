package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConfigException;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.TrustStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code keys rotate --config FILE}: replaces the device signing key named in the config (run it while the agent is
 * stopped), and leaves the announcement, signed by the old key, in the state dir for publishing on {@code state}.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = "Replace the device signing key; refused while an agent runs on the same state dir. Writes the announcement of the new key,"
                + " sealed and signed by the old one, to STATE_DIR/key-announcement-<kid>.bin. Exit 2 on errors.")
final class KeysRotateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the agent's properties file")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override one config key (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            AgentConfig cfg = ConfigLoader.load(config, overrides);
            // A running agent would keep signing with the old key and its counter: refuse, as `run` does.
            try (InstanceLock lock = InstanceLock.acquire(cfg.stateDir())) {
                return rotate(cfg);
            }
        } catch (ConfigException | KeyLoadException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("cannot rotate (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        }
    }

    private int rotate(AgentConfig cfg) throws KeyLoadException, IOException {
        EnvelopeSealer sealer = EnvelopeSealer.load(cfg.deviceId(), cfg.deviceSigningKey(), cfg.backendPublicKey(),
                cfg.stateDir(), Clock.systemUTC());
        if (cfg.trustRoot().isPresent()) {
            sealer.followTrustStore(TrustStore.open(cfg.stateDir(), cfg.trustRoot().get()));
        }
        String oldKid = sealer.signingKidHex();
        EnvelopeSealer.KeyRotation rotation = sealer.rotateSigningKey();
        PrintWriter out = spec.commandLine().getOut();
        out.println("old kid:      " + oldKid);
        out.println("new kid:      " + rotation.newKidHex());
        out.println("key file:     " + cfg.deviceSigningKey() + " (replaced)");
        out.println("announcement: " + rotation.announcementFile());
        out.println("publish the announcement on " + cfg.topic("state")
                + " before anything the new key signs; the backend then accepts both keys for its overlap");
        out.flush();
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("keys rotate: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
