package edu.rnnlab.experiment;

import ai.djl.nn.Block;
import edu.rnnlab.data.checkin.CheckinDataset;
import edu.rnnlab.data.checkin.CheckinLog;
import edu.rnnlab.experiment.task.CheckinBaselines;
import edu.rnnlab.experiment.task.NextLocationTask;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.train.Task;
import java.util.LinkedHashMap;
import java.util.Map;

/** Check-in trajectories prepared for next-venue classification (lab item 4). */
final class CheckinData implements PreparedData {

    private final CheckinDataset dataset;
    private final NextLocationTask task;
    private final Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();

    CheckinData(CheckinLog log, DatasetSpec spec) {
        this.dataset = CheckinDataset.prepare(log, spec, spec.categoryFeatures());
        this.task = new NextLocationTask(dataset);
        CheckinBaselines.evaluate(dataset, dataset.test()).forEach(r -> baselines.put(r.name(), r.metrics()));
    }

    @Override
    public Task task() {
        return task;
    }

    @Override
    public Block model(ModelSpec spec) {
        return ModelFactory.nextLocation(spec, task.vocabulary(), task.extraFeatures());
    }

    @Override
    public Shape shape(ModelSpec spec) {
        int embedding = spec.embedding() == 0 ? spec.hidden() : spec.embedding(); // as ModelFactory.nextLocation
        return new Shape(embedding + task.extraFeatures(), task.vocabulary(), task.vocabulary());
    }

    @Override
    public DataSource source() {
        return dataset.source();
    }

    @Override
    public Map<String, Integer> available() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("train", dataset.train().available());
        out.put("val", dataset.val().available());
        out.put("test", dataset.test().available());
        return out;
    }

    @Override
    public Map<String, Map<String, Double>> baselines() {
        return baselines;
    }

    @Override
    public Map<String, String> extras(Block trainedModel) {
        return Map.of("data_summary", dataset.summary().toText(), "vocabulary", Integer.toString(task.vocabulary()));
    }
}
