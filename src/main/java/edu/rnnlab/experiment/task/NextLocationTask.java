package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import edu.rnnlab.data.checkin.CheckinDataset;
import edu.rnnlab.data.checkin.CheckinSplit;
import edu.rnnlab.train.Batch;
import edu.rnnlab.train.Evaluation;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.Task;
import java.util.List;

/**
 * Next-venue classification (lab item 4) over prepared check-in windows. A batch is
 * {@code NDList(venues (B, T) int32[, extras (B, T, E) float32])} with labels {@code NDList((B) int32)}
 * — sparse class indices, which DJL's {@link SoftmaxCrossEntropyLoss} takes as they are (it picks the
 * log-probability of each label and returns the mean). Metrics: Acc@1/5/10, MRR, macro-F1 and
 * macro-recall ({@link NextLocationScores}); Acc@1 is also micro-F1 for single-label data.
 */
public final class NextLocationTask implements Task {

    private final CheckinDataset data;

    /** A task over a prepared dataset; extras are included when the dataset has any. */
    public NextLocationTask(CheckinDataset data) {
        this.data = data;
    }

    /** The prepared data (for baselines, provenance and the model's sizes). */
    public CheckinDataset data() {
        return data;
    }

    /** Venue classes, the unknown class included: the model's output size. */
    public int vocabulary() {
        return data.venues().size();
    }

    /** Extra floats per step: the model's {@code extraFeatures}. */
    public int extraFeatures() {
        return data.extraFeatures();
    }

    CheckinSplit part(Split split) {
        return split.pick(data.train(), data.val(), data.test());
    }

    @Override
    public int size(Split split) {
        return part(split).windows();
    }

    @Override
    public Batch batch(NDManager manager, Split split, int[] indices) {
        CheckinSplit part = part(split);
        int b = indices.length;
        int t = data.window();
        int e = data.extraFeatures();
        int[] venues = new int[b * t];
        int[] labels = new int[b];
        float[] extras = new float[e > 0 ? b * t * e : 0];
        for (int k = 0; k < b; k++) {
            part.inputs(indices[k], venues, k * t);
            labels[k] = part.target(indices[k]);
            if (e > 0) {
                part.extras(indices[k], extras, k * t * e);
            }
        }
        NDList inputs = new NDList(manager.create(venues, new Shape(b, t)));
        if (e > 0) {
            inputs.add(manager.create(extras, new Shape(b, t, e)));
        }
        return new Batch(inputs, new NDList(manager.create(labels, new Shape(b))), b);
    }

    @Override
    public Shape[] inputShapes(int batchSize) {
        Shape venues = new Shape(batchSize, data.window());
        return data.extraFeatures() > 0
                ? new Shape[] {venues, new Shape(batchSize, data.window(), data.extraFeatures())}
                : new Shape[] {venues};
    }

    @Override
    public Loss loss() {
        return new SoftmaxCrossEntropyLoss();
    }

    @Override
    public Evaluation newEvaluation(Split split) {
        return new NextLocationEvaluation(vocabulary());
    }

    @Override
    public List<String> metricNames() {
        return NextLocationScores.METRICS;
    }
}
