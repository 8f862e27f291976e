package com.ooma.telo.simulator.report;

/** A stretch of a plot's x axis to shade and label: a fault, from its start to its end (the same for a kill). */
record Band(double from, double to, String label) {}
