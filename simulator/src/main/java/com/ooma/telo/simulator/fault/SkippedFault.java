package com.ooma.telo.simulator.fault;

/** A scheduled fault the harness did not apply, and why (summary.json {@code faults_skipped}). */
public record SkippedFault(String kind, String at, String reason) {}
