package edu.rnnlab.cli;

import ai.djl.engine.Engine;
import edu.rnnlab.experiment.ProvenanceRecorder;
import edu.rnnlab.run.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How this machine differs from the one that made a run: CPU model, engine threads, tool, DJL and
 * PyTorch versions, and the oneDNN ISA cap. Any of them can change the last bits of a float sum, so
 * {@code verify} says so before its verdicts, and a FAIL can be read for what it is.
 */
final class EnvironmentNote {

    private EnvironmentNote() {}

    /** One line per differing setting over all the runs; empty when the environment is the same. */
    static List<String> differences(List<Provenance> recorded) {
        Set<String> lines = new LinkedHashSet<>();
        String cpu = ProvenanceRecorder.cpuModel();
        String engine = Engine.getInstance().getEngineName() + " "
                + Engine.getInstance().getVersion();
        String isa = System.getenv("ONEDNN_MAX_CPU_ISA");
        for (Provenance p : recorded) {
            differ(lines, "CPU", p.cpu(), cpu);
            differ(lines, "engine threads", String.valueOf(p.threads()), String.valueOf(ProvenanceRecorder.threads()));
            differ(lines, "rnnlab version", p.toolVersion(), ProvenanceRecorder.toolVersion());
            differ(lines, "DJL", p.djlVersion(), Engine.getDjlVersion());
            differ(lines, "engine", p.engine(), engine);
            if (!Objects.equals(p.onednnMaxCpuIsa(), isa)) {
                lines.add("ONEDNN_MAX_CPU_ISA was " + shown(p.onednnMaxCpuIsa()) + ", is " + shown(isa)
                        + " now: it selects "
                        + "oneDNN's kernels for the library LSTM; set it as recorded before verifying"
                        + (p.onednnMaxCpuIsa() == null
                                ? " (unset it)"
                                : " (export ONEDNN_MAX_CPU_ISA=" + p.onednnMaxCpuIsa() + ")"));
            }
        }
        return new ArrayList<>(lines);
    }

    private static void differ(Set<String> lines, String what, String then, String now) {
        if (then != null && !then.equals(now)) {
            lines.add(what + " was '" + then + "', is '" + now + "' now");
        }
    }

    private static String shown(String value) {
        return value == null ? "unset" : value;
    }
}
