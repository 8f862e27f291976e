package com.ooma.telo.agent.redact.text;

/** A personal item found in the normalised text: [start, end) in normalised offsets, and what it is. */
record Finding(int start, int end, Placeholder type) {}
