package com.ooma.telo.simulator.broker;

import com.ooma.telo.simulator.broker.BrokerSighting.Kind;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;
import io.moquette.interception.messages.InterceptPublishMessage;
import io.moquette.interception.messages.InterceptSubscribeMessage;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps a copy of every client id, will, subscription, topic and payload that reaches the broker. */
final class RecordingInterceptor extends AbstractInterceptHandler {
    private final List<BrokerSighting> sightings = new ArrayList<>();
    private final AtomicInteger publishes = new AtomicInteger();
    private final List<Published> published = new ArrayList<>();
    private final java.time.Clock clock;

    RecordingInterceptor(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public String getID() {
        return "telo-demo-recorder";
    }

    @Override
    public void onConnect(InterceptConnectMessage msg) {
        add(Kind.CLIENT_ID, text(msg.getClientID()));
        if (msg.isUserFlag()) {
            add(Kind.USERNAME, text(msg.getUsername()));
        }
        if (msg.isWillFlag()) {
            add(Kind.WILL_TOPIC, text(msg.getWillTopic()));
            add(Kind.WILL_PAYLOAD, msg.getWillMessage() == null ? new byte[0] : msg.getWillMessage().clone());
        }
    }

    @Override
    public void onSubscribe(InterceptSubscribeMessage msg) {
        add(Kind.SUBSCRIPTION, text(msg.getTopicFilter()));
    }

    @Override
    public void onPublish(InterceptPublishMessage msg) {
        // Moquette hands each interceptor a retained duplicate that the interceptor must release (the base class's
        // onPublish does): copy without moving indices, then release, or every PUBLISH leaks a direct buffer.
        byte[] payload;
        try {
            payload = ByteBufUtil.getBytes(msg.getPayload());
        } finally {
            super.onPublish(msg);
        }
        synchronized (this) {
            add(Kind.TOPIC, text(msg.getTopicName()));
            add(Kind.PAYLOAD, payload);
            published.add(new Published(published.size() + 1, clock.millis(), msg.getTopicName(), payload));
        }
        publishes.incrementAndGet();
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        // Moquette reports its own session errors here; the recorder has nothing to add.
    }

    synchronized List<BrokerSighting> snapshot() {
        return List.copyOf(sightings);
    }

    synchronized List<Published> published() {
        return List.copyOf(published);
    }

    int publishCount() {
        return publishes.get();
    }

    private synchronized void add(Kind kind, byte[] bytes) {
        sightings.add(new BrokerSighting(kind, sightings.size() + 1, bytes));
    }

    private static byte[] text(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
