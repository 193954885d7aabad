package edu.rnnlab.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny experiment specs that train in about a second, written into a test's own registry. */
public final class TinySpecs {

    private TinySpecs() {}

    /** A one-epoch, 256-window RNN experiment on built-in air-quality data. */
    public static String airQuality(String id, int item, String impl) {
        return "id: " + id + "\nitem: " + item + "\ntitle: { en: \"Tiny " + id + "\" }\n"
                + "dataset: { kind: airquality, window: 6, limit_windows: 256 }\n"
                + "models:\n  - { cell: rnn, impl: " + impl + ", hidden: 8 }\n"
                + "train: { epochs: 2, batch: 32, lr: 0.01 }\n";
    }

    /** Writes {@code name} with {@code text} into the registry folder and returns the folder. */
    public static Path write(Path registry, String name, String text) {
        try {
            Files.createDirectories(registry);
            Files.writeString(registry.resolve(name), text);
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
