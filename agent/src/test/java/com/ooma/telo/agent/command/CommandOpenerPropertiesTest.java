package com.ooma.telo.agent.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.command.CommandOutcome.Acknowledged;
import com.ooma.telo.agent.command.CommandOutcome.IgnoreReason;
import com.ooma.telo.agent.command.CommandOutcome.Ignored;
import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.StrictCbor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The command opener under fuzzing (issue 9): whatever bytes arrive on {@code cmd}, whether junk, an authentic
 * envelope around junk, or a genuine command with bytes flipped, inserted or cut, the handler returns an outcome
 * that has a counter, and never throws. What it runs is always a plaintext in its one deterministic encoding.
 */
class CommandOpenerPropertiesTest {
    private static final String COUNTER = "commands\\.(acknowledged\\.(ok|error)|ignored\\.[a-z_]+|unacknowledged)";
    private static final List<String> VERBS = List.of("ping", "set_consent", "set_intervals", "rotate_device_key",
            "set_trust_bundle", "format_flash");

    private static Path root;
    private static CommandFixture f;
    private static CommandHandler handler;

    @BeforeContainer
    static void setUp() throws Exception {
        root = Files.createTempDirectory("telo-cmd-fuzz");
        f = new CommandFixture(root);
        handler = f.handler();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One change to a byte string: 0 flips bits at {@code at}, 1 inserts {@code value}, 2 cuts one byte. */
    record Edit(int kind, int at, byte value) {
        byte[] apply(byte[] in) {
            if (in.length == 0) {
                return new byte[] {value};
            }
            int i = Math.floorMod(at, in.length);
            return switch (kind) {
                case 0 -> {
                    byte[] out = in.clone();
                    out[i] ^= (byte) (value == 0 ? 1 : value);
                    yield out;
                }
                case 1 -> {
                    byte[] out = new byte[in.length + 1];
                    System.arraycopy(in, 0, out, 0, i);
                    out[i] = value;
                    System.arraycopy(in, i, out, i + 1, in.length - i);
                    yield out;
                }
                default -> {
                    byte[] out = new byte[in.length - 1];
                    System.arraycopy(in, 0, out, 0, i);
                    System.arraycopy(in, i + 1, out, i, in.length - i - 1);
                    yield out;
                }
            };
        }
    }

    @Property(tries = 1000)
    void anyPayload_givesACountedOutcome_andRunsNothing(@ForAll("junk") byte[] payload, @ForAll boolean retained) {
        int callsBefore = f.control.calls.size();

        CommandOutcome outcome = handler.handle(payload, retained);

        assertThat(outcome.counter()).matches(COUNTER);
        assertThat(outcome).isInstanceOf(Ignored.class);
        assertThat(f.control.calls).hasSize(callsBefore);
    }

    @Property(tries = 500)
    void anyPlaintext_inAnAuthenticEnvelope_givesACountedOutcome(@ForAll("junk") byte[] plaintext) {
        CommandOutcome outcome = handler.handle(f.backendSealer.seal(MessageType.COMMAND, plaintext), false);

        assertThat(outcome.counter()).matches(COUNTER);
        assertThat(outcome).isNotEqualTo(new Ignored(IgnoreReason.REJECTED)); // the envelope itself is genuine
        assertRunOnlyWhenCanonical(plaintext, outcome);
    }

    @Property(tries = 1000)
    void editedGenuineCommand_givesACountedOutcome_andRunsOnlyInCanonicalForm(
            @ForAll("commands") byte[] command, @ForAll("edits") List<Edit> edits) {
        byte[] plaintext = command;
        for (Edit e : edits) {
            plaintext = e.apply(plaintext);
        }

        CommandOutcome outcome = handler.handle(f.backendSealer.seal(MessageType.COMMAND, plaintext), false);

        assertThat(outcome.counter()).matches(COUNTER);
        assertRunOnlyWhenCanonical(plaintext, outcome);
    }

    private static void assertRunOnlyWhenCanonical(byte[] plaintext, CommandOutcome outcome) {
        if (outcome instanceof Acknowledged) {
            assertThat(CanonicalCbor.parseStrict(plaintext)).as(Arrays.toString(plaintext))
                    .isInstanceOf(StrictCbor.Canonical.class);
        }
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        // Bytes that start like CBOR maps and arrays reach deeper into the decoder than uniform noise does.
        Arbitrary<byte[]> cborish = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(80)
                .map(b -> {
                    b[0] = (byte) (0xa0 | (b[0] & 0x1f));
                    return b;
                });
        return Arbitraries.oneOf(anyBytes, cborish);
    }

    @Provide
    Arbitrary<byte[]> commands() {
        Arbitrary<Map<String, Object>> args = Arbitraries.of(Map.<String, Object>of(), Map.of("level", "off"),
                Map.of("level", "full"), Map.of("health", "PT5M", "usage", "PT1H"), Map.of("bundle", new byte[8]));
        return Combinators.combine(Arbitraries.of(VERBS), args, Arbitraries.integers().between(-60, 120))
                .as((verb, a, minutes) -> CommandFixture.plaintext(verb, a,
                        CommandFixture.START.plus(Duration.ofMinutes(minutes)), f.deviceId));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers(),
                Arbitraries.bytes()).as(Edit::new).list().ofMinSize(1).ofMaxSize(4);
    }
}
