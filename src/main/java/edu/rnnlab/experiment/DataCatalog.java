package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.DataFolder;
import edu.rnnlab.data.checkin.CheckinReader;
import edu.rnnlab.data.series.AirQualityInputs;
import edu.rnnlab.data.series.AirQualityReader;
import edu.rnnlab.data.series.CsvSeriesReader;
import edu.rnnlab.data.series.PemsReader;
import edu.rnnlab.data.series.SeriesSet;
import edu.rnnlab.data.synthetic.AirQualityGenerator;
import edu.rnnlab.data.synthetic.CheckinGenerator;
import edu.rnnlab.data.synthetic.PemsGenerator;
import edu.rnnlab.data.text.BundledText;
import edu.rnnlab.data.text.TextCorpus;
import edu.rnnlab.data.translation.BuiltInPairs;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where each experiment's data comes from: the course's files found by name under {@code --data-dir},
 * or, without one, the built-in generators' output (written once under {@code data/generated},
 * deterministic). Prepared data is cached so the runs of one experiment share it, and so are the files
 * read: the specs of a sweep (other windows, other limits) prepare their windows from one read, because
 * reading and parsing the files costs more than windowing them (measured: 0.9-1.8 s for the built-in
 * air quality and 0.8-2.3 s for the check-ins on a loaded 2-core machine, against 0.2-0.5 s to window).
 */
public final class DataCatalog {

    /** Seed of the built-in data; part of its identity, so changing it changes every run id. */
    static final long BUILT_IN_SEED = 2017;
    /** Sensors in the built-in air-quality data: enough for a population, small enough for 2 cores. */
    static final int BUILT_IN_AIR_SENSORS = 8;

    private final Path dataDir;
    private final DataFolder folder;
    private final Path generated;
    private final List<String> notes = new java.util.ArrayList<>();
    private final Map<DatasetSpec, PreparedData> cache = new HashMap<>();
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<List<Object>, Object> reads = new HashMap<>();

    /**
     * @param dataDir   the user's course data folder, or null for built-in data
     * @param generated where built-in data is written ({@code data/generated})
     */
    public DataCatalog(Path dataDir, Path generated) {
        if (dataDir != null && !Files.isDirectory(dataDir)) {
            throw RnnlabException.badInput(
                    "Data folder " + dataDir + " does not exist; pass --data-dir with the folder "
                            + "holding the course's files, or leave it out to use the built-in data.");
        }
        this.dataDir = dataDir;
        this.folder = dataDir == null ? null : DataFolder.scan(dataDir);
        this.generated = generated;
    }

    /** Where a kind's data is read from, and whether it is built in. */
    record Location(Path path, boolean builtIn) {}

    /** A short identity of the data a spec will read: part of every run id, so other data means other runs. */
    public String fingerprint(DatasetSpec spec) {
        Location location = locate(spec);
        if (location.builtIn()) {
            return "built-in:" + spec.kind() + ":" + BUILT_IN_SEED;
        }
        // The files' own digests, in name order: a different copy of the course data means different runs.
        return "files:"
                + String.join(
                        ",", files(location).stream().map(DataFile::sha256).toList());
    }

    /** Whether the spec's data comes from the built-in generator. */
    public boolean builtIn(DatasetSpec spec) {
        return locate(spec).builtIn();
    }

    /**
     * Whether a spec's data can be had: always. A text too: without a {@code .txt} below
     * {@code --data-dir} the bundled Time Machine is used ({@link BundledText}); a text file the spec
     * names that is missing stays an error when it is loaded.
     */
    public boolean available(DatasetSpec spec) {
        return true;
    }

    /** Where a spec's data would come from, in words: a course file or folder, the built-in data, or nothing. */
    public String describe(DatasetSpec spec) {
        if (!available(spec)) {
            return "nothing found (the experiment is skipped)";
        }
        Location location = locate(spec);
        if (location.builtIn()) {
            return spec.kind() == DatasetKind.TEXT ? "built-in text (" + BundledText.TITLE + ")" : "built-in data";
        }
        return location.path().toString();
    }

    /** What the user should know about the data, e.g. a kind missing from --data-dir. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The prepared data of a spec (loaded on first use). */
    public PreparedData load(DatasetSpec spec) {
        return cache.computeIfAbsent(spec, this::prepare);
    }

    private PreparedData prepare(DatasetSpec spec) {
        Location location = locate(spec);
        return switch (spec.kind()) {
            case AIRQUALITY -> airQuality(spec, location);
            case CSV -> CsvData.of(
                    read(
                            Arrays.asList(spec.kind(), location, spec.feature(), spec.timeColumn(), spec.inputs()),
                            () -> CsvSeriesReader.read(location.path(), spec)),
                    spec);
            case PEMS -> new SeriesData(
                    noteSensors(PemsReader.read(location.path(), spec, location.builtIn()), spec), spec);
            case CHECKIN -> new CheckinData(
                    read(
                            Arrays.asList(spec.kind(), location),
                            () -> CheckinReader.read(location.path(), location.builtIn())),
                    spec);
            case TEXT -> new TextData(
                    read(
                            Arrays.asList(spec.kind(), location, spec.tokens()),
                            () -> TextCorpus.load(location.path(), spec.tokens(), location.builtIn())),
                    spec);
            case TRANSLATION -> new TranslationData(location.path(), location.builtIn(), spec);
            default -> throw RnnlabException.badInput("Dataset kind " + spec.kind() + " is not supported yet.");
        };
    }

    /** Says in the notes (console, run plan, report) when a spec asked for more sensors than the data has. */
    private SeriesSet noteSensors(SeriesSet set, DatasetSpec spec) {
        PemsReader.fewerSensors(spec.sensorIds(), spec.sensors(), set.sensors().size())
                .map(n -> set.dataset() + ": " + n + " (the description of each run's data says so too)")
                .ifPresent(this::note);
        return set;
    }

    private void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Air quality: the target feature and the requested inputs of the same sensors, from one read of the files. */
    private PreparedData airQuality(DatasetSpec spec, Location location) {
        List<String> features = AirQualityInputs.featuresToRead(spec.feature(), spec.inputs());
        List<SeriesSet> sets = read(
                Arrays.asList(spec.kind(), location, features, spec.sensorIds(), spec.sensors()),
                () -> AirQualityReader.readFeatures(
                        location.path(), features, spec.sensorIds(), spec.sensors(), location.builtIn()));
        return new SeriesData(noteSensors(sets.get(0), spec), AirQualityInputs.series(spec.inputs(), sets), spec);
    }

    /** What {@code reader} returns, read once per {@code key} (immutable values: preparation copies what it changes). */
    @SuppressWarnings("unchecked")
    private <T> T read(List<Object> key, java.util.function.Supplier<T> reader) {
        Object value = reads.get(key);
        if (value == null) {
            value = reader.get();
            reads.put(key, value);
        }
        return (T) value;
    }

    private Location locate(DatasetSpec spec) {
        String key = spec.kind() + "/" + (spec.file() == null ? "" : spec.file());
        return locations.computeIfAbsent(
                key, k -> find(spec).orElseGet(() -> new Location(generate(spec.kind()), true)));
    }

    private Optional<Location> find(DatasetSpec spec) {
        if (folder == null) {
            return spec.kind() == DatasetKind.CSV ? Optional.of(csvWithoutFolder(spec)) : Optional.empty();
        }
        try {
            DataFolder.Choice choice = folder.choose(spec);
            if (choice.note() != null) {
                note(spec.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + choice.note());
            }
            return Optional.of(new Location(choice.path(), false));
        } catch (RnnlabException e) {
            if (spec.kind() == DatasetKind.CSV) {
                throw e; // a user's own CSV has no built-in stand-in
            }
            if (spec.file() != null && !spec.file().isBlank()) {
                throw e; // the spec named a file: its absence is an error, not a reason to use other data
            }
            notes.add("No course " + spec.kind().name().toLowerCase(java.util.Locale.ROOT) + " data below " + dataDir
                    + "; used the built-in data for it instead.");
            return Optional.empty();
        }
    }

    /** Without {@code --data-dir}, a csv spec's {@code dataset.file} is a path (relative to the working folder). */
    private static Location csvWithoutFolder(DatasetSpec spec) {
        if (spec.file() == null || spec.file().isBlank()) {
            throw RnnlabException.badInput("dataset.kind csv needs dataset.file, the CSV to read: a path, or a name"
                    + " found below --data-dir.");
        }
        Path file = Path.of(spec.file().strip());
        if (!Files.isRegularFile(file)) {
            throw RnnlabException.badInput(
                    "dataset.file " + file.toAbsolutePath().normalize() + " does not exist;"
                            + " give the CSV's path, or its name and --data-dir with the folder holding it.");
        }
        return new Location(file.toAbsolutePath().normalize(), false);
    }

    /** Writes every built-in dataset below {@code root} (as {@code lab} would on first use); returns the paths. */
    public static List<Path> generateAll(Path root) {
        DataCatalog catalog = new DataCatalog(null, root);
        return List.of(
                catalog.generate(DatasetKind.AIRQUALITY),
                catalog.generate(DatasetKind.PEMS),
                catalog.generate(DatasetKind.CHECKIN),
                catalog.generate(DatasetKind.TEXT));
    }

    private Path generate(DatasetKind kind) {
        Path dir = generated.resolve(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + BUILT_IN_SEED);
        return switch (kind) {
            case AIRQUALITY -> {
                if (!Files.isRegularFile(dir.resolve("december-2017.csv"))) {
                    new AirQualityGenerator(BUILT_IN_SEED, BUILT_IN_AIR_SENSORS).write(dir);
                }
                yield dir;
            }
            case PEMS -> {
                Path file = dir.resolve(PemsGenerator.FILE_NAME);
                yield Files.isRegularFile(file) ? file : PemsGenerator.write(dir, BUILT_IN_SEED);
            }
            case CHECKIN -> {
                Path file = dir.resolve(CheckinGenerator.FILE_NAME);
                yield Files.isRegularFile(file) ? file : CheckinGenerator.write(dir, BUILT_IN_SEED);
            }
            case TRANSLATION -> BuiltInPairs.write(dir);
            case TEXT -> BundledText.writeTo(dir);
            default -> throw RnnlabException.badInput("No built-in " + kind + " data.");
        };
    }

    private static List<DataFile> files(Location location) {
        try (Stream<Path> list =
                Files.isDirectory(location.path()) ? Files.list(location.path()) : Stream.of(location.path())) {
            return list.filter(Files::isRegularFile)
                    .sorted()
                    .map(edu.rnnlab.io.Checksums::describe)
                    .toList();
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot read " + location.path() + " (" + e.getMessage() + ").", e);
        }
    }
}
