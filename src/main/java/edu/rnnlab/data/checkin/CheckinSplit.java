package edu.rnnlab.data.checkin;

import edu.rnnlab.data.vocab.Vocabulary;
import java.util.Arrays;

/**
 * One split (train, validation or test) of a prepared check-in dataset. Each kept user's check-ins of
 * this split lie contiguously in time order; window {@code w} is the {@code window} check-ins starting
 * at {@code starts[w]} and its target is the next check-in of the same user in the same split.
 * Extras are built on demand, so even one-hot categories cost memory per batch, not per window.
 */
public final class CheckinSplit {

    private final String name;
    private final int window;
    private final int[] venue;
    private final int[] category;
    private final int[] user;
    private final float[] time;
    private final int[] starts;
    private final int timeWidth;
    private final int categoryWidth;
    private final int available;

    CheckinSplit(
            String name,
            int window,
            int[] venue,
            int[] category,
            int[] user,
            float[] time,
            int[] starts,
            boolean timeFeatures,
            int categoryClasses,
            int available) {
        this.name = name;
        this.window = window;
        this.venue = venue;
        this.category = category;
        this.user = user;
        this.time = time;
        this.starts = starts;
        this.timeWidth = timeFeatures ? CheckinFeatures.TIME : 0;
        this.categoryWidth = categoryClasses;
        this.available = available;
    }

    /** "train", "val" or "test". */
    public String name() {
        return name;
    }

    /** Check-ins per window. */
    public int window() {
        return window;
    }

    /** Number of windows (examples). */
    public int windows() {
        return starts.length;
    }

    /** Windows this split had before a {@code limit_windows} cap kept some of them. */
    public int available() {
        return available;
    }

    /** Number of check-ins in this split (kept users only). */
    public int checkins() {
        return venue.length;
    }

    /** Venue class of check-in {@code i} of this split (in user, then time order). */
    public int venueAt(int i) {
        return venue[i];
    }

    /** User index of check-in {@code i}. */
    public int userAt(int i) {
        return user[i];
    }

    /** The venue class to predict for window {@code w}. */
    public int target(int w) {
        return venue[starts[w] + window];
    }

    /** The user of window {@code w} (index into {@link CheckinDataset#users()}). */
    public int user(int w) {
        return user[starts[w]];
    }

    /** The venue class of the last input check-in of window {@code w}. */
    public int lastVenue(int w) {
        return venue[starts[w] + window - 1];
    }

    /** Copies the window's venue classes to {@code dst[offset .. offset + window)}. */
    public void inputs(int w, int[] dst, int offset) {
        System.arraycopy(venue, starts[w], dst, offset, window);
    }

    /** Floats of extra input per check-in: time features, then one-hot category (0 when both off). */
    public int extraFeatures() {
        return timeWidth + categoryWidth;
    }

    /** Writes the window's extras, {@code window x extraFeatures()} floats, at {@code dst[offset..]}. */
    public void extras(int w, float[] dst, int offset) {
        int width = extraFeatures();
        Arrays.fill(dst, offset, offset + window * width, 0f);
        for (int k = 0; k < window; k++) {
            int i = starts[w] + k;
            int o = offset + k * width;
            if (timeWidth > 0) {
                System.arraycopy(time, i * CheckinFeatures.TIME, dst, o, CheckinFeatures.TIME);
            }
            if (categoryWidth > 0) {
                dst[o + timeWidth + category[i]] = 1f;
            }
        }
    }

    /** Share of windows whose target is the unknown class (NaN without windows). */
    public double unknownShare() {
        if (starts.length == 0) {
            return Double.NaN;
        }
        int unknown = 0;
        for (int w = 0; w < starts.length; w++) {
            if (target(w) == Vocabulary.UNKNOWN) {
                unknown++;
            }
        }
        return (double) unknown / starts.length;
    }
}
