package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `keys`: provisions device and backend key sets and shows a key's id without revealing private material. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Generate device, backend or vendor keys; show a key's type, id and fingerprint; rotate the"
                + " device signing key; sign a backend trust bundle.",
        subcommands = {KeysCommand.Generate.class, KeysCommand.Show.class, KeysRotateCommand.class,
            KeysSignBundleCommand.class})
final class KeysCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: generate, show, rotate or sign-bundle");
    }

    /** Which side of the envelope the generated keys belong to. */
    enum Role { DEVICE, BACKEND, VENDOR }

    /** `keys generate --role device|backend|vendor --out DIR [--owner USER[:GROUP]]`. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a new key set (private keys mode 0600); never overwrites existing files.")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--role", required = true, description = "device, backend or vendor (the trust root)")
        Role role;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write into")
        Path out;

        @Option(names = "--owner", paramLabel = "USER[:GROUP]",
                description = "give DIR and every file written to this user (and group; default: the user's own"
                        + " group); needs root. On a hub: --owner telo, the user the service runs as.")
        String owner;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            FileOwner newOwner = null;
            try {
                if (owner != null) {
                    newOwner = FileOwner.lookUp(owner, out.toAbsolutePath().getFileSystem());
                }
            } catch (IllegalArgumentException | IOException e) {
                return fail(e.getMessage());
            }
            try {
                List<String> files;
                if (role == Role.DEVICE) {
                    KeyFiles.generateDevice(out);
                    files = List.of(KeyFiles.DEVICE_ID, KeyFiles.DEVICE_SIGNING, "device-signing.pub.pem",
                            KeyFiles.DEVICE_KEM, "device-kem.pub.pem", KeyFiles.ENROLMENT);
                } else if (role == Role.VENDOR) {
                    KeyFiles.generateVendorRoot(out);
                    files = List.of(KeyFiles.VENDOR_ROOT, "vendor-root.pub.pem");
                } else {
                    KeyFiles.generateBackend(out);
                    files = List.of(KeyFiles.BACKEND_KEM, "backend-kem.pub.pem", KeyFiles.BACKEND_COMMAND,
                            "backend-command.pub.pem");
                }
                for (String f : files) {
                    stdout.println("wrote " + out.resolve(f));
                }
                if (newOwner != null) {
                    try {
                        newOwner.give(out);
                        for (String f : files) {
                            newOwner.give(out.resolve(f));
                        }
                    } catch (IOException e) {
                        return fail("wrote the keys, but cannot give them to '" + owner + "' (" + e.getClass()
                                .getSimpleName() + "; this needs root): chown them before the service starts");
                    }
                    stdout.println("owner " + owner + ": " + out + " and the files above");
                }
                if (role == Role.DEVICE) {
                    stdout.println("device id " + KeyFiles.readDeviceId(out.resolve(KeyFiles.DEVICE_ID)));
                }
                stdout.flush();
                return 0;
            } catch (FileAlreadyExistsException e) {
                return fail("refusing to overwrite existing file '" + e.getFile() + "'");
            } catch (IOException e) {
                return fail("cannot write keys to '" + out + "' (" + e.getClass().getSimpleName() + ")");
            } catch (KeyLoadException e) {
                return fail(e.getMessage());
            }
        }

        private int fail(String message) {
            spec.commandLine().getErr().println("keys generate: " + message);
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    /** `keys show FILE`: works on private and public PEMs, prints only public information. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a PEM key's type, kid (8 hex digits) and the SHA-256 of its raw public key.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a private or public key PEM")
        Path file;

        @Override
        public Integer call() {
            try {
                KeyFiles.Description d = KeyFiles.describe(file);
                PrintWriter out = spec.commandLine().getOut();
                out.println("file:   " + file);
                out.println("type:   " + d.algorithm() + (d.privateKey() ? " private key" : " public key"));
                out.println("kid:    " + d.kidHex());
                out.println("sha256: " + d.sha256Hex() + " (raw public key)");
                out.flush();
                return 0;
            } catch (KeyLoadException e) {
                spec.commandLine().getErr().println("keys show: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
