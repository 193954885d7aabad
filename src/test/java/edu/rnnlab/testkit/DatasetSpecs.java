package edu.rnnlab.testkit;

import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Protocol;
import edu.rnnlab.run.Sampling;
import edu.rnnlab.run.Tokens;
import java.util.List;

/**
 * Builds a {@link DatasetSpec} in tests by naming only the keys a test cares about, so a test reads as
 * its spec would and a new key in the record touches this class instead of every test. Unset keys are
 * left to the record's defaults, exactly as a YAML spec that leaves them out.
 */
public final class DatasetSpecs {

    private final DatasetKind kind;
    private String file;
    private String feature;
    private Integer sensors;
    private List<String> sensorIds;
    private Integer window;
    private Integer horizon;
    private Double trainFraction;
    private Double valFraction;
    private Integer gapLimit;
    private Integer limitWindows;
    private Protocol protocol;
    private Integer minCount;
    private Integer minCheckins;
    private Boolean timeFeatures;
    private Tokens tokens;
    private Sampling sampling;
    private Boolean categoryFeatures;
    private List<String> inputs;
    private String timeColumn;
    private Integer first;

    private DatasetSpecs(DatasetKind kind) {
        this.kind = kind;
    }

    /** A spec of this kind with every key at its default until set. */
    public static DatasetSpecs of(DatasetKind kind) {
        return new DatasetSpecs(kind);
    }

    public DatasetSpecs file(String v) {
        file = v;
        return this;
    }

    public DatasetSpecs feature(String v) {
        feature = v;
        return this;
    }

    public DatasetSpecs sensors(Integer v) {
        sensors = v;
        return this;
    }

    public DatasetSpecs sensorIds(List<String> v) {
        sensorIds = v;
        return this;
    }

    public DatasetSpecs window(Integer v) {
        window = v;
        return this;
    }

    public DatasetSpecs horizon(Integer v) {
        horizon = v;
        return this;
    }

    public DatasetSpecs trainFraction(Double v) {
        trainFraction = v;
        return this;
    }

    public DatasetSpecs valFraction(Double v) {
        valFraction = v;
        return this;
    }

    public DatasetSpecs gapLimit(Integer v) {
        gapLimit = v;
        return this;
    }

    public DatasetSpecs limitWindows(Integer v) {
        limitWindows = v;
        return this;
    }

    public DatasetSpecs protocol(Protocol v) {
        protocol = v;
        return this;
    }

    public DatasetSpecs minCount(Integer v) {
        minCount = v;
        return this;
    }

    public DatasetSpecs minCheckins(Integer v) {
        minCheckins = v;
        return this;
    }

    public DatasetSpecs timeFeatures(Boolean v) {
        timeFeatures = v;
        return this;
    }

    public DatasetSpecs tokens(Tokens v) {
        tokens = v;
        return this;
    }

    public DatasetSpecs sampling(Sampling v) {
        sampling = v;
        return this;
    }

    public DatasetSpecs categoryFeatures(Boolean v) {
        categoryFeatures = v;
        return this;
    }

    public DatasetSpecs inputs(List<String> v) {
        inputs = v;
        return this;
    }

    public DatasetSpecs timeColumn(String v) {
        timeColumn = v;
        return this;
    }

    public DatasetSpecs first(Integer v) {
        first = v;
        return this;
    }

    /** The record, validated by its own constructor. */
    public DatasetSpec build() {
        return new DatasetSpec(
                kind,
                file,
                feature,
                sensors,
                sensorIds,
                window,
                horizon,
                trainFraction,
                valFraction,
                gapLimit,
                limitWindows,
                protocol,
                minCount,
                minCheckins,
                timeFeatures,
                tokens,
                sampling,
                categoryFeatures,
                inputs,
                timeColumn,
                first);
    }
}
