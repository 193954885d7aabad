package edu.rnnlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.testkit.DatasetSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each spec record checks its own values once, where it is built, naming the key and what is valid. */
class SpecRecordsTest {

    @Test
    void modelSpecs() {
        bad(
                () -> new ModelSpec(CellType.RNN, null, 0, null, null, null, null, null, null, null),
                "hidden",
                "1 or more");
        bad(() -> new ModelSpec(CellType.RNN, null, 8, 0, null, null, null, null, null, null), "layers", "1 or more");
        bad(() -> new ModelSpec(CellType.GRU, null, 8, 2, null, 1.0, null, null, null, null), "dropout", "[0, 1)");
        bad(
                () -> new ModelSpec(CellType.GRU, null, 8, 2, null, Double.NaN, null, null, null, null),
                "dropout",
                "[0, 1)");
        bad(() -> new ModelSpec(CellType.LSTM, null, 8, 1, null, null, null, -1, null, null), "embedding", "0 or more");
        bad(
                () -> new ModelSpec(
                        CellType.GRU, Implementation.LIBRARY, 8, 1, null, null, GruForm.TEXTBOOK, null, null, null),
                "gru_form",
                "impl: scratch");
        assertEquals(
                32,
                new ModelSpec(CellType.GRU, null, null, null, null, null, null, null, null, null).hidden(),
                "defaults");
    }

    @Test
    void trainSpecs() {
        bad(() -> new TrainSpec(0, null, null, null, null, null), "epochs", "1 or more");
        bad(() -> new TrainSpec(null, 0, null, null, null, null), "batch", "1 or more");
        bad(() -> new TrainSpec(null, null, null, Double.POSITIVE_INFINITY, null, null), "lr", "finite positive");
        bad(() -> new TrainSpec(null, null, null, -0.1, null, null), "lr", "finite positive");
        bad(() -> new TrainSpec(null, null, null, null, Double.NaN, null), "clip", "0 (off)");
        bad(() -> new TrainSpec(null, null, null, null, null, -1), "patience", "0 or more");
    }

    @Test
    void datasetSpecs() {
        DatasetSpec ok = DatasetSpec.of(DatasetKind.AIRQUALITY);
        assertEquals(12, ok.window());
        bad(() -> DatasetSpecs.of(DatasetKind.AIRQUALITY).window(0).build(), "window", "1 or more");
        bad(() -> DatasetSpecs.of(DatasetKind.AIRQUALITY).limitWindows(-5).build(), "limit_windows", "0 or more");
        bad(
                () -> DatasetSpecs.of(DatasetKind.PEMS)
                        .protocol(Protocol.TEXTBOOK)
                        .build(),
                "protocol",
                "textbook is for text");
    }

    private static void bad(Executable build, String key, String expected) {
        SpecException e = assertThrows(SpecException.class, build);
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
