package edu.rnnlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.run.RunSpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Run identity. The spec hash covers what changes the computation — data (and which files), model,
 * training, and the engine settings that change numbers ({@link EngineNumerics}, only where they
 * differ from the defaults, so default run ids are those of older archives) — and not titles,
 * profile names or seeds; the run id adds a readable model name and the seed:
 * {@code lstm-library-h64-3f9a1c2e5b7d-s1}.
 */
public final class RunIds {

    private RunIds() {}

    /** sha256 (first 12 hex digits) of the computation-relevant part of the spec, the data and the engine settings. */
    public static String specHash(RunSpec spec, String dataFingerprint, EngineNumerics numerics) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("dataset", spec.dataset());
        key.put("data", dataFingerprint);
        key.put("model", spec.model());
        key.put("train", spec.train());
        if (!spec.sweep().isEmpty()) {
            // A sweep's base point appears once per swept key; each is its own run so every study is complete.
            key.put("sweep", spec.sweep());
        }
        if (!spec.overrides().isEmpty()) {
            // Always distinct from the plain run, even when an override repeats the spec's own value.
            key.put("overrides", spec.overrides());
        }
        if (!numerics.identity().isEmpty()) {
            key.put("engine", numerics.identity());
        }
        try {
            byte[] canonical = ArchiveFormat.json()
                    .writer()
                    .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(key);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a run spec", e);
        }
    }

    /** The run's folder name. */
    public static String runId(RunSpec spec, String specHash) {
        var m = spec.model();
        String name = m.cell().name() + "-" + m.impl().name() + "-h" + m.hidden()
                + (m.layers() > 1 ? "-l" + m.layers() : "") + (m.bidirectional() ? "-bi" : "");
        return name.toLowerCase(Locale.ROOT) + "-" + specHash + "-s" + spec.seed();
    }
}
