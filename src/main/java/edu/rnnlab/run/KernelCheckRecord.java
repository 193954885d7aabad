package edu.rnnlab.run;

/**
 * The check of one library recurrent unit against its hand-written twin, made before the run on the
 * machine that ran it (see {@code model/library/KernelGuard}).
 *
 * @param unit     the unit checked, e.g. "LSTM input 1, hidden 16, 1 layer"
 * @param remedied whether the library kernel was wrong in inference and the unit was evaluated on the
 *                 safe path (autograd on)
 * @param detail   the measured differences, in one sentence
 */
public record KernelCheckRecord(String unit, boolean remedied, String detail) {}
