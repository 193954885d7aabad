package edu.rnnlab.run;

import java.util.List;
import java.util.Map;

/**
 * Everything needed to explain and repeat a run, stored as {@code provenance.json}.
 *
 * @param specHash      hash of the resolved spec without the seed
 * @param seed          the root seed
 * @param derivedSeeds  seeds derived from the root (e.g. {@code weights}, {@code shuffle})
 * @param data          the data files read, with size and sha256
 * @param toolVersion   rnnlab version
 * @param gitCommit     commit of the tool's source tree, or "unknown"
 * @param gitDirty      whether the tree had uncommitted changes
 * @param djlVersion    DJL version
 * @param engine        engine name and version, e.g. "PyTorch 2.7.1"
 * @param device        e.g. "cpu()" or "gpu(0)"
 * @param threads       intra-op threads of the engine
 * @param jvm           java.vm.name + java.version
 * @param os            os.name + os.version + os.arch
 * @param cpu           CPU model name (from /proc/cpuinfo where available)
 * @param cores         available processors
 * @param startedAt     ISO-8601 instant
 * @param endedAt       ISO-8601 instant
 * @param commandLine   the command that ran it
 * @param kernelChecks  the library units checked against their hand-written twins before the run, and
 *                      whether a remedy was applied (empty for hand-written models; null in archives
 *                      written before the check existed)
 * @param onednnMaxCpuIsa the {@code ONEDNN_MAX_CPU_ISA} environment variable the engine saw, or null
 * @param overrides     the command line's {@code --set} key/values (as in {@code spec.yaml}); empty when none
 * @param jobs          how many runs trained at the same time as this one ({@code --jobs}); its timings
 *                      were measured under that load (null in archives written before the option existed)
 */
public record Provenance(
        String specHash,
        long seed,
        Map<String, Long> derivedSeeds,
        DataSource data,
        String toolVersion,
        String gitCommit,
        boolean gitDirty,
        String djlVersion,
        String engine,
        String device,
        int threads,
        String jvm,
        String os,
        String cpu,
        int cores,
        String startedAt,
        String endedAt,
        String commandLine,
        List<KernelCheckRecord> kernelChecks,
        String onednnMaxCpuIsa,
        Map<String, Object> overrides,
        Integer jobs) {

    /** Null overrides (archives written before they existed) mean none. */
    public Provenance {
        overrides = overrides == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    }

    /** The same record with another data description (e.g. the report's translation of it). */
    public Provenance withData(DataSource other) {
        return new Provenance(
                specHash,
                seed,
                derivedSeeds,
                other,
                toolVersion,
                gitCommit,
                gitDirty,
                djlVersion,
                engine,
                device,
                threads,
                jvm,
                os,
                cpu,
                cores,
                startedAt,
                endedAt,
                commandLine,
                kernelChecks,
                onednnMaxCpuIsa,
                overrides,
                jobs);
    }
}
