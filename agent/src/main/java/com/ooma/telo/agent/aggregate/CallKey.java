package com.ooma.telo.agent.aggregate;

import com.ooma.telo.agent.event.CallRecord;
import com.ooma.telo.agent.event.DestinationClass;

/** The labels one call counter is kept under: direction × disposition × destination class. */
public record CallKey(CallRecord.Direction direction, CallRecord.Disposition disposition,
                      DestinationClass destination) {
}
