package com.ooma.telo.agent;

import com.ooma.telo.agent.config.ConfigLoader;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** A test-only agent process: starts the pipeline with the given {@code --set} values and runs until killed. */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        AgentPipeline agent = AgentPipeline.start(ConfigLoader.load(null, List.of(args)), Clock.systemUTC(),
                new SecureRandom());
        System.out.println("ready " + agent.ingestAddress().getPort());
        System.out.flush();
        Thread.currentThread().join(); // until kill -9
    }
}
