package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.state.DamagedStateException;
import com.ooma.telo.agent.state.DurableFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The device's installed trust bundle: verified against the vendor root key from config, persisted in the state
 * dir ({@code trust-bundle.cbor}, the signed bytes as received) so it survives restarts, and replaced only by a
 * bundle with a higher version. {@link EnvelopeSealer#followTrustStore} seals to whatever key it names. Thread-safe.
 */
public final class TrustStore {
    static final String FILE = "trust-bundle.cbor";
    private static final long MAX_BUNDLE_BYTES = 4096;

    /** What {@link #install} did. */
    public sealed interface Install {
        /** Verified, newer than what was installed, persisted and in use. */
        record Installed(long version) implements Install { }

        /** Refused; nothing changed. */
        record Refused(TrustBundle.Problem problem) implements Install { }
    }

    private final Path file;
    private final byte[] rootPublic;
    private volatile TrustBundle installed;

    private TrustStore(Path file, byte[] rootPublic, TrustBundle installed) {
        this.file = file;
        this.rootPublic = rootPublic;
        this.installed = installed;
    }

    /**
     * Loads the vendor root's Ed25519 public key and the bundle installed in {@code stateDir}, if any. A stored
     * bundle that no longer verifies stops the agent: sealing to an unvouched key would be worse than not sealing.
     */
    public static TrustStore open(Path stateDir, Path vendorRootPublicPem) throws KeyLoadException, IOException {
        byte[] root = PemKeys.readPublic(vendorRootPublicPem, KeyAlgorithm.ED25519).rawPublic();
        Path file = stateDir.resolve(FILE);
        byte[] stored;
        try {
            if (Files.size(file) > MAX_BUNDLE_BYTES) {
                throw new DamagedStateException("trust bundle '" + file + "' is larger than " + MAX_BUNDLE_BYTES + " bytes");
            }
            stored = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TrustStore(file, root, null);
        }
        TrustBundle.Verification v = TrustBundle.verify(stored, root);
        if (v instanceof TrustBundle.Verification.Invalid invalid) {
            throw new DamagedStateException("trust bundle '" + file + "' does not verify against '" + vendorRootPublicPem
                    + "' (" + invalid.problem() + ")");
        }
        return new TrustStore(file, root, ((TrustBundle.Verification.Valid) v).bundle());
    }

    /** The installed bundle; empty until the first one is installed. */
    public Optional<TrustBundle> installed() {
        return Optional.ofNullable(installed);
    }

    /** Verifies and installs a signed bundle whose version is above the installed one; persists it first. */
    public synchronized Install install(byte[] signedBundle) throws IOException {
        if (signedBundle == null || signedBundle.length > MAX_BUNDLE_BYTES) {
            return new Install.Refused(TrustBundle.Problem.MALFORMED);
        }
        TrustBundle.Verification v = TrustBundle.verify(signedBundle, rootPublic);
        if (v instanceof TrustBundle.Verification.Invalid invalid) {
            return new Install.Refused(invalid.problem());
        }
        TrustBundle bundle = ((TrustBundle.Verification.Valid) v).bundle();
        if (installed != null && bundle.version() <= installed.version()) {
            return new Install.Refused(TrustBundle.Problem.ROLLBACK);
        }
        DurableFiles.replace(file, signedBundle);
        installed = bundle;
        return new Install.Installed(installed.version());
    }
}
