package com.ooma.telo.simulator.reconcile;

/**
 * One difference between what was played and what was counted, named by device, window and metric.
 *
 * @param window      the report window(s) it belongs to, as far as the reports tell: a hole in a channel's window
 *                    sequence, or the whole run when every window arrived
 * @param played      what the simulator's ground truth expects
 * @param counted     what the stored reports count
 * @param dropped     what the agent counted as dropped that may account for it
 * @param explained   whether a fault the harness applied explains it within the agent's documented bound
 * @param why         one sentence for the report
 */
public record Gap(String deviceId, String window, String metric, long played, long counted, long dropped,
        boolean explained, String why) {

    public String line() {
        return "device " + deviceId + " window " + window + " metric " + metric + ": played " + played
                + ", counted " + counted + ", dropped " + dropped + (explained ? " (explained: " : " (") + why + ")";
    }
}
