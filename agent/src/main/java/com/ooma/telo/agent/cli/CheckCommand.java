package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.BrokerSecurity;
import com.ooma.telo.agent.config.ConfigException;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.TlsMaterial;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check --config FILE}: a dry run of {@code run}'s start. Loads the config as {@code run} would, reads every
 * key and TLS file it names (private ones must be owner-only), and looks at the folders it would write; it opens no
 * socket, writes nothing and reserves no sequence numbers, so it is safe beside a running agent. Exit 0: the agent
 * would start as far as its files go; exit 2: the problems, one line each, naming the key or file.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Dry run: load the config and keys, check file modes and folders; no network, writes nothing."
                + " Exit 0 when fit to start, 2 naming each problem.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "Agent properties file.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one config key (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--user", paramLabel = "USER",
            description = "the account the service runs as (telo): private key files and the keys folder must be"
                    + " its own, or it could not read them")
    String user;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AgentConfig cfg;
        try {
            cfg = ConfigLoader.load(config, overrides);
        } catch (ConfigException e) {
            err.println("telo-agent check: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        key(cfg.deviceSigningKey(), "keys.device_signing", "Ed25519", true, problems, seen);
        key(cfg.deviceKemKey(), "keys.device_kem", "X25519", true, problems, seen);
        key(cfg.backendPublicKey(), "keys.backend_public", "X25519", false, problems, seen);
        key(cfg.backendCommandKey(), "keys.backend_command", "Ed25519", false, problems, seen);
        cfg.trustRoot().ifPresent(p -> key(p, "keys.trust_root", "Ed25519", false, problems, seen));
        tls(cfg.brokerSecurity(), problems);
        folder(cfg.stateDir(), "state.dir", problems);
        folder(cfg.spoolDir(), "spool.dir", problems);
        cfg.logFile().ifPresent(f -> folder(f.toAbsolutePath().getParent(), "log.file's folder", problems));
        if (user != null) {
            owned(cfg.deviceSigningKey().toAbsolutePath().getParent(), problems);
        }

        if (!problems.isEmpty()) {
            for (String p : problems) {
                err.println("telo-agent check: " + p);
            }
            err.flush();
            return 2;
        }
        out.println("config " + config + ": loads");
        out.println("device id " + cfg.deviceId());
        seen.forEach(out::println);
        out.println("broker " + cfg.publishBroker() + " (not contacted)");
        out.println("ok: fit to start");
        out.flush();
        return 0;
    }

    private void key(Path file, String key, String algorithm, boolean isPrivate, List<String> problems,
                     List<String> seen) {
        try {
            KeyFiles.Description d = KeyFiles.describe(file);
            if (!d.algorithm().equals(algorithm) || d.privateKey() != isPrivate) {
                problems.add(key + ": " + file + " is an " + d.algorithm() + (d.privateKey() ? " private" : " public")
                        + " key, expected an " + algorithm + (isPrivate ? " private" : " public") + " key");
                return;
            }
            if (isPrivate) {
                owned(file, problems);
            }
            seen.add(key + " " + file + ": " + algorithm + (isPrivate ? " private" : " public") + " key, kid "
                    + d.kidHex());
        } catch (KeyLoadException e) {
            problems.add(key + ": " + e.getMessage());
        }
    }

    private void tls(BrokerSecurity s, List<String> problems) {
        try {
            if (s.hasTlsSettings()) {
                TlsMaterial.context(s.caFile(), s.clientCert(), s.clientKey());
                s.clientKey().ifPresent(k -> owned(k, problems));
            }
            if (s.passwordFile().isPresent()) {
                java.util.Arrays.fill(TlsMaterial.secret(s.passwordFile().get()), '\0');
                owned(s.passwordFile().get(), problems);
            }
        } catch (KeyLoadException e) {
            problems.add("publish.tls: " + e.getMessage());
        }
    }

    /** A folder the agent writes: a writable folder, or creatable under the nearest one that exists. */
    private static void folder(Path dir, String key, List<String> problems) {
        Path p = dir.toAbsolutePath();
        if (Files.exists(p) && !Files.isDirectory(p)) {
            problems.add(key + ": " + p + " is not a folder");
            return;
        }
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            problems.add(key + ": " + (existing == null ? p : existing) + " is not writable by "
                    + System.getProperty("user.name"));
        }
    }

    /** With --user: the file (a private key, the keys folder) must belong to the service's account. */
    private void owned(Path file, List<String> problems) {
        if (user == null) {
            return;
        }
        try {
            String owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals(user)) {
                problems.add(file + " belongs to " + owner + ", not " + user + ", who runs the agent: "
                        + "chown " + user + " it (keys generate --owner " + user + " does so)");
            }
        } catch (IOException e) {
            problems.add(file + ": cannot read its owner (" + e.getClass().getSimpleName() + ")");
        }
    }
}
