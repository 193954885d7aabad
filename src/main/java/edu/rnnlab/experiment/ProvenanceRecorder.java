package edu.rnnlab.experiment;

import ai.djl.Device;
import ai.djl.engine.Engine;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.KernelCheckRecord;
import edu.rnnlab.run.Provenance;
import edu.rnnlab.train.RunSeeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Collects provenance from the objects that ran — engine, device, thread setting, JVM, machine and the
 * tool's own git state — rather than from configuration, so the record says what really happened.
 */
public final class ProvenanceRecorder {

    private final Path toolHome;
    private final String commandLine;
    private String gitCommit;
    private Boolean gitDirty;

    /** @param toolHome the rnnlab source folder (for its git commit); @param commandLine the invoking command */
    public ProvenanceRecorder(Path toolHome, String commandLine) {
        this.toolHome = toolHome;
        this.commandLine = commandLine;
    }

    /**
     * The provenance of a run that started at {@code started} and ends now, with the library-kernel checks
     * its model made before training, trained while {@code jobs} runs shared the machine.
     */
    public Provenance record(
            String specHash,
            RunSeeds seeds,
            DataSource data,
            Device device,
            Instant started,
            List<KernelCheckRecord> kernelChecks,
            int jobs,
            Map<String, Object> overrides) {
        Engine engine = Engine.getInstance();
        return new Provenance(
                specHash,
                seeds.root(),
                seeds.derived(),
                data,
                toolVersion(),
                gitCommit(),
                gitDirty(),
                Engine.getDjlVersion(),
                engine.getEngineName() + " " + engine.getVersion(),
                device.toString(),
                threads(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                started.toString(),
                Instant.now().toString(),
                commandLine,
                kernelChecks,
                System.getenv("ONEDNN_MAX_CPU_ISA"),
                overrides,
                jobs);
    }

    /** The engine's intra-op thread setting (the property the CLI sets before the engine starts). */
    public static int threads() {
        return Integer.parseInt(System.getProperty(
                "ai.djl.pytorch.num_threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
    }

    /** The tool's version from the jar manifest, or the development marker. */
    public static String toolVersion() {
        String version = ProvenanceRecorder.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-dev" : version;
    }

    private String gitCommit() {
        if (gitCommit == null) {
            gitCommit = git("rev-parse", "HEAD");
            gitCommit = gitCommit.isEmpty() ? "unknown" : gitCommit;
        }
        return gitCommit;
    }

    private boolean gitDirty() {
        if (gitDirty == null) {
            gitDirty = !git("status", "--porcelain", "--untracked-files=no").isEmpty();
        }
        return gitDirty;
    }

    private String git(String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = toolHome.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean done = process.waitFor(10, TimeUnit.SECONDS);
            return done && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The CPU model name (from /proc/cpuinfo where available, else the architecture). */
    public static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
