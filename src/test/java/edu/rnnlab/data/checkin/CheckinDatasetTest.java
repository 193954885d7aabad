package edu.rnnlab.data.checkin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.rnnlab.data.vocab.Vocabulary;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckinDatasetTest {

    @TempDir
    Path dir;

    private CheckinLog log;

    /** window, limitWindows, minCheckins, timeFeatures; everything else default (0.6 / 0.2, minCount 2). */
    static DatasetSpec spec(int window, int limit, int minCheckins, boolean time) {
        return DatasetSpecs.of(DatasetKind.CHECKIN)
                .window(window)
                .limitWindows(limit)
                .minCheckins(minCheckins)
                .timeFeatures(time)
                .build();
    }

    @BeforeEach
    void writeLog() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(CheckinFixtures.HEADER);
        // user 2 first in the file: users are ordered by id, check-ins by time, whatever the file order
        rows.addAll(CheckinFixtures.trajectory(2, new int[] {1, 2, 1, 2, 1, 2, 6, 1, 2, 1}, 100));
        List<String> user1 =
                new ArrayList<>(CheckinFixtures.trajectory(1, new int[] {1, 2, 3, 1, 2, 3, 1, 2, 4, 5}, 4));
        java.util.Collections.reverse(user1);
        rows.addAll(user1);
        rows.addAll(CheckinFixtures.trajectory(3, new int[] {1, 2, 3}, 0));
        log = CheckinReader.read(CheckinFixtures.write(dir, "FS_NYC.csv", rows), false);
    }

    @Test
    void splitsPerUserChronologicallyAndFitsVocabularyOnTrainOnly() {
        CheckinDataset d = CheckinDataset.prepare(log, spec(1, 0, 10, false), false);
        assertEquals(List.of("1", "2"), d.users());
        // train: u1 [1,2,3,1,2,3], u2 [1,2,1,2,1,2]; v1 and v2 tie on 5, v3 has 2 (= minCount)
        assertEquals(4, d.venues().size());
        assertEquals(1, d.venues().index("v1"));
        assertEquals(2, d.venues().index("v2"));
        assertEquals(3, d.venues().index("v3"));
        assertEquals(Vocabulary.UNKNOWN, d.venues().index("v6"));
        assertEquals(10, d.train().windows());
        // val: u1 [1,2], u2 [6,1]; test: u1 [4,5], u2 [2,1] - one window each, never crossing a boundary
        assertEquals(2, d.val().windows());
        assertEquals(2, d.test().windows());
        assertEquals(0.0, d.val().unknownShare());
        assertEquals(0.5, d.test().unknownShare());
        assertEquals(Vocabulary.UNKNOWN, d.test().target(0));
        assertEquals(1, d.test().target(1));
        assertEquals(2, d.test().lastVenue(1));
        assertEquals(1, d.test().user(1));
        int[] first = new int[1];
        d.train().inputs(0, first, 0);
        assertArrayEquals(new int[] {1}, first);
        assertEquals(0, d.extraFeatures());
    }

    @Test
    void usersWithTooFewCheckinsAreSkippedAndCounted() {
        CheckinSummary s =
                CheckinDataset.prepare(log, spec(1, 0, 10, false), false).summary();
        assertEquals(2, s.usersKept());
        assertEquals(1, s.usersSkipped());
        assertEquals(3, s.checkinsSkipped());
        assertEquals(20, s.checkins());
        assertEquals(6, s.venues());
        assertEquals(4, s.vocabulary());
        assertEquals(
                List.of(12, 4, 4),
                s.parts().stream().map(CheckinSummary.Part::checkins).toList());
        assertEquals(
                List.of(10, 2, 2),
                s.parts().stream().map(CheckinSummary.Part::windows).toList());
        assertEquals(
                3,
                CheckinDataset.prepare(log, spec(1, 0, 3, false), false)
                        .summary()
                        .usersKept());
    }

    @Test
    void timeAndCategoryExtras() {
        CheckinDataset d = CheckinDataset.prepare(log, spec(1, 0, 10, true), true);
        // categories c1, c2 (5 each), c0 (2) + unknown = 4 classes; 4 time floats
        assertEquals(8, d.extraFeatures());
        float[] x = new float[2 * 8];
        d.train().extras(0, x, 0);
        d.train().extras(1, x, 8);
        // user 1's first check-in: 04:00 UTC = 00:00 Monday local (-240): sin 0, cos 1 for both;
        // venue 1 -> category c1 -> class 1 -> one-hot at 4 + 1
        assertArrayEquals(new float[] {0, 1, 0, 1, 0, 1, 0, 0}, java.util.Arrays.copyOf(x, 8), 1e-6f);
        // second window: 01:00 local, venue 2 -> c2 -> class 2
        assertEquals((float) Math.sin(2 * Math.PI / 24), x[8], 1e-6f);
        assertEquals(1f, x[8 + 4 + 2]);
    }

    @Test
    void limitKeepsEvenlySpacedWindows() {
        assertEquals(
                3,
                CheckinDataset.prepare(log, spec(1, 3, 10, false), false)
                        .train()
                        .windows());
    }

    @Test
    void tooShortForTheWindowOrTooFewUsersIsBadInput() {
        CheckinReaderBadInputTest.fails(
                () -> CheckinDataset.prepare(log, spec(5, 0, 10, false), false),
                "FS_NYC",
                "test split has no window of 5");
        CheckinReaderBadInputTest.fails(
                () -> CheckinDataset.prepare(log, spec(1, 0, 50, false), false),
                "no user has 50 check-ins",
                "most any user has is 10");
    }
}
