import com.ooma.telo.simulator.event.Ndjson;
import com.ooma.telo.simulator.household.Household;
import com.ooma.telo.simulator.household.HouseholdModel;
import com.ooma.telo.simulator.household.HouseholdProfile;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes the footprint bench's flood of call.ended events (same seed, household and day) as an NDJSON file, the
 * input of packaging/bench/intake.sh. Run as a single-file program with the simulator jar on the class path:
 *   java -cp simulator/target/telo-simulator.jar packaging/bench/FloodFile.java 60000 /tmp/flood60k.ndjson
 */
public final class FloodFile {
    public static void main(String[] args) throws Exception {
        var day = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 1)
                .day(LocalDate.of(2026, 11, 2), ZoneId.of("America/Los_Angeles"), Integer.parseInt(args[0]));
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[1]))) {
            for (var c : day.calls()) {
                out.write(Ndjson.line(c.played()));
            }
        }
    }
}
