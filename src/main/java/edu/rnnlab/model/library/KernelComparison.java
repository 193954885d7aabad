package edu.rnnlab.model.library;

/**
 * How far a candidate recurrent unit is from a reference unit with the same weights and inputs,
 * as the largest absolute difference, in each way the lab runs a unit.
 *
 * @param inference         outputs and final states with autograd off (validation, test, text generation)
 * @param training          outputs and final states with autograd on, training mode (each training step)
 * @param gradients         parameter gradients of one backward pass, relative to the largest gradient
 * @param gradModeInference outputs with autograd on but not training (the safe path for evaluation)
 */
public record KernelComparison(double inference, double training, double gradients, double gradModeInference) {

    /** Largest output difference that still counts as float rounding (outputs lie in (-1, 1)). */
    public static final double OUTPUT_TOLERANCE = 1e-5;
    /** Largest relative gradient difference that still counts as float rounding. */
    public static final double GRADIENT_TOLERANCE = 1e-4;

    /** Whether inference with autograd off computes the reference function. */
    public boolean inferenceAgrees() {
        return agrees(inference, OUTPUT_TOLERANCE);
    }

    /** Whether a training step (forward and backward) computes the reference function. */
    public boolean trainingAgrees() {
        return agrees(training, OUTPUT_TOLERANCE) && agrees(gradients, GRADIENT_TOLERANCE);
    }

    /** Whether evaluation with autograd on computes the reference function. */
    public boolean gradModeInferenceAgrees() {
        return agrees(gradModeInference, OUTPUT_TOLERANCE);
    }

    private static boolean agrees(double difference, double tolerance) {
        return difference <= tolerance; // false for NaN
    }
}
