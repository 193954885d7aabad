package edu.rnnlab.run;

/** The two common forms of the GRU candidate state. */
public enum GruForm {
    /** PyTorch/cuDNN: {@code n = tanh(x W_in + b_in + r ⊙ (h W_hn + b_hn))}; equal to the library cell. */
    RESET_AFTER,
    /** The textbook: {@code h~ = tanh(x W_xh + (r ⊙ h) W_hh + b_h)}. */
    TEXTBOOK
}
