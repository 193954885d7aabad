package edu.rnnlab.experiment.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import edu.rnnlab.data.checkin.CheckinDataset;
import edu.rnnlab.data.checkin.CheckinFixtures;
import edu.rnnlab.data.checkin.CheckinReader;
import edu.rnnlab.metric.RankingMetrics;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import edu.rnnlab.train.Batch;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Split;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextLocationTaskTest {

    @TempDir
    Path dir;

    @Test
    void batchesHaveTheModelContractShapesAndTypes() throws Exception {
        var rows = new java.util.ArrayList<String>();
        rows.add(CheckinFixtures.HEADER);
        rows.addAll(CheckinFixtures.trajectory(
                1, new int[] {1, 2, 3, 1, 2, 3, 1, 2, 4, 5, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1}, 4));
        DatasetSpec spec = DatasetSpecs.of(DatasetKind.CHECKIN)
                .window(3)
                .timeFeatures(true)
                .build();
        CheckinDataset data = CheckinDataset.prepare(
                CheckinReader.read(CheckinFixtures.write(dir, "FS_NYC.csv", rows), false), spec, false);
        NextLocationTask task = new NextLocationTask(data);
        assertEquals(9, task.size(Split.TRAIN));
        assertEquals(4, task.extraFeatures());
        try (NDManager m = NDManager.newBaseManager()) {
            Batch b = task.batch(m, Split.TRAIN, new int[] {2, 0});
            assertEquals(2, b.size());
            assertEquals(new Shape(2, 3), b.inputs().get(0).getShape());
            assertEquals(DataType.INT32, b.inputs().get(0).getDataType());
            assertArrayEquals(new int[] {3, 1, 2, 1, 2, 3}, b.inputs().get(0).toIntArray());
            assertEquals(new Shape(2, 3, 4), b.inputs().get(1).getShape());
            assertEquals(DataType.FLOAT32, b.inputs().get(1).getDataType());
            assertArrayEquals(new int[] {3, 1}, b.labels().head().toIntArray());
            assertEquals(task.inputShapes(2)[1], b.inputs().get(1).getShape());
            // DJL's sparse softmax cross-entropy takes the int32 labels: uniform logits give log(V).
            NDArray loss = task.loss().evaluate(b.labels(), new NDList(m.zeros(new Shape(2, task.vocabulary()))));
            assertEquals(Math.log(task.vocabulary()), loss.getFloat(), 1e-5);
        }
    }

    @Test
    void evaluationMatchesHeapRanking() {
        int classes = 50;
        int n = 37;
        Random rnd = new Random(3);
        float[] logits = new float[n * classes];
        int[] labels = new int[n];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) rnd.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = rnd.nextInt(classes);
        }
        logits[5 * classes + labels[5]] = 10f; // one certain hit
        NextLocationScores expected = new NextLocationScores(classes);
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                best = logits[i * classes + c] > logits[i * classes + best] ? c : best;
            }
            expected.add(labels[i], best, RankingMetrics.rank(logits, i * classes, classes, labels[i]));
        }
        Evaluation evaluation = new NextLocationEvaluation(classes);
        try (NDManager m = NDManager.newBaseManager()) {
            // two batches, as the loop would add them
            NDArray all = m.create(logits, new Shape(n, classes));
            NDArray y = m.create(labels);
            evaluation.add(new NDList(all.get("0:20")), new NDList(y.get("0:20")));
            evaluation.add(new NDList(all.get("20:")), new NDList(y.get("20:")));
        }
        Map<String, Double> got = evaluation.metrics();
        assertEquals(expected.metrics(), got);
        assertEquals(NextLocationScores.METRICS, java.util.List.copyOf(got.keySet()));
    }
}
