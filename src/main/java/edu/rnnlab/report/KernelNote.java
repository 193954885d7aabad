package edu.rnnlab.report;

import edu.rnnlab.archive.ArchivedRun;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.KernelCheckRecord;
import java.util.List;
import java.util.TreeSet;

/**
 * One sentence on the library-kernel checks the runs made (each library recurrent unit compared with
 * its hand-written twin before training): whether all agreed, or which units were evaluated on the safe
 * path because the library's inference kernel was wrong on the CPU that ran them.
 */
final class KernelNote {

    private KernelNote() {}

    /** The sentence, or an empty string when no run used a library cell. */
    static String of(List<ArchivedRun> runs, Messages m) {
        int checked = 0;
        int unchecked = 0;
        TreeSet<String> remedied = new TreeSet<>();
        int remediedRuns = 0;
        for (ArchivedRun r : runs) {
            List<KernelCheckRecord> checks = r.provenance().kernelChecks();
            boolean library = r.spec().model().impl() == Implementation.LIBRARY;
            if (checks == null) {
                unchecked += library ? 1 : 0;
                continue;
            }
            checked += checks.isEmpty() ? 0 : 1;
            boolean any = false;
            for (KernelCheckRecord c : checks) {
                if (c.remedied()) {
                    remedied.add(c.unit());
                    any = true;
                }
            }
            remediedRuns += any ? 1 : 0;
        }
        StringBuilder text = new StringBuilder();
        if (checked > 0) {
            text.append(
                    remedied.isEmpty()
                            ? m.get("kernels.agree", checked)
                            : m.get("kernels.remedied", checked, String.join("; ", remedied), remediedRuns));
        }
        if (unchecked > 0) {
            text.append(text.length() == 0 ? "" : " ").append(m.get("kernels.unchecked", unchecked));
        }
        return text.toString();
    }
}
