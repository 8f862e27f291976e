package com.ooma.telo.simulator.broker;

/**
 * One PUBLISH the broker took in (and acknowledged at QoS 1), as it arrived.
 *
 * @param ordinal   arrival order, from 1
 * @param arrivedMs wall time it arrived (the harness's clock, the same host clock the agents read)
 */
public record Published(int ordinal, long arrivedMs, String topic, byte[] payload) {}
