package edu.rnnlab.experiment.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

/**
 * The hidden state a sequential language model carries from one batch to the next, detached.
 *
 * <p>Two generations are held: the states fed into the current batch, and the states that batch
 * produced (for the next one). The fed generation is closed only when the next batch is built,
 * because the current batch's backward pass may still read them. Each generation lives on its own
 * small manager: the batch's manager and {@link NDScope} close everything at the end of the batch,
 * so the kept arrays are unregistered from the scope and attached elsewhere.
 */
final class CarriedState implements AutoCloseable {

    private NDManager fedManager;
    private NDManager nextManager;
    private NDList next = new NDList();

    /**
     * Keeps detached copies of the final states (outputs 1..n of the model). {@code stopGradient}
     * returns a new array; keeping the original instead would make the next backward run through this
     * batch's graph a second time.
     */
    void keep(NDList predictions) {
        if (predictions.size() < 2) {
            return;
        }
        closeNext();
        nextManager = NDManager.newBaseManager(predictions.head().getDevice());
        next = new NDList();
        for (NDArray state : predictions.subNDList(1)) {
            NDArray detached = state.stopGradient();
            NDScope.unregister(detached);
            detached.attach(nextManager);
            next.add(detached);
        }
    }

    /** The states for the next batch (empty: start from zeros); the generation before is released. */
    NDList take() {
        if (fedManager != null) {
            fedManager.close();
        }
        fedManager = nextManager;
        nextManager = null;
        NDList states = next;
        next = new NDList();
        return states;
    }

    /** Forgets everything: the next batch starts from zero states. */
    void reset() {
        close();
    }

    @Override
    public void close() {
        closeNext();
        if (fedManager != null) {
            fedManager.close();
            fedManager = null;
        }
    }

    private void closeNext() {
        if (nextManager != null) {
            nextManager.close();
            nextManager = null;
        }
        next = new NDList();
    }
}
