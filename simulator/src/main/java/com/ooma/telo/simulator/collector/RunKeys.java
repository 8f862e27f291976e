package com.ooma.telo.simulator.collector;

import java.nio.file.Path;

/** The key files of one demo run: the device's (given to the agent) and the backend's (kept by the collector). */
public record RunKeys(String deviceIdHex, Path deviceDir, Path backendDir) {

    public Path deviceSigningPrivate() {
        return deviceDir.resolve("device-signing.pem");
    }

    public Path deviceSigningPublic() {
        return deviceDir.resolve("device-signing.pub.pem");
    }

    public Path deviceKemPrivate() {
        return deviceDir.resolve("device-kem.pem");
    }

    public Path backendKemPrivate() {
        return backendDir.resolve("backend-kem.pem");
    }

    public Path backendKemPublic() {
        return backendDir.resolve("backend-kem.pub.pem");
    }
}
