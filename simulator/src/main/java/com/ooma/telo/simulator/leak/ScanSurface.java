package com.ooma.telo.simulator.leak;

/**
 * Bytes that left (or could leave) the device, with where they were seen.
 *
 * @param kind  what it is: "topic", "client id", "will payload", "payload", "opened report", "file"…
 * @param where a label that never contains the bytes themselves (a message number, a relative file name)
 */
public record ScanSurface(String kind, String where, byte[] bytes) {}
