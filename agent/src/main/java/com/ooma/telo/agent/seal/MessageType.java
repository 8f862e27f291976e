package com.ooma.telo.agent.seal;

import java.util.Optional;

/** The envelope's {@code type} byte: who sealed the message and to whom (wire-format.md, "type"). */
public enum MessageType {
    /** Device to backend: health, usage and diagnostic reports. */
    TELEMETRY(1),
    /** Backend to device. */
    COMMAND(2),
    /** Device to backend, answering a command. */
    COMMAND_ACK(3),
    /** Backend to device, acknowledging a report in receipt mode. */
    RECEIPT(4);

    private final int wireCode;

    MessageType(int wireCode) {
        this.wireCode = wireCode;
    }

    /** The value of the header's type byte. */
    public int wireCode() {
        return wireCode;
    }

    /** The type for a header byte, empty for any code this version does not define. */
    public static Optional<MessageType> fromWireCode(int code) {
        for (MessageType t : values()) {
            if (t.wireCode == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
