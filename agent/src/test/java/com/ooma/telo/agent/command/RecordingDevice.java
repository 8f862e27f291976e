package com.ooma.telo.agent.command;

import com.ooma.telo.agent.config.ConsentLevel;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test double for the pipeline: records every call the handler makes, and can be told to fail a rotation. */
final class RecordingDevice implements DeviceControl {
    final List<String> calls = new ArrayList<>();
    boolean failRotation;

    @Override
    public void setConsent(ConsentLevel level) {
        calls.add("consent " + level.label());
    }

    @Override
    public void setIntervals(Duration health, Duration usage) {
        calls.add("intervals " + health + " " + usage);
    }

    @Override
    public String rotateDeviceKey() throws IOException {
        if (failRotation) {
            throw new IOException("disk full at /secret/path");
        }
        calls.add("rotate");
        return "0a0b0c0d";
    }
}
