package edu.rnnlab.data.series;

/** The two gap-filling rules: the careful one, and the teacher's notebook's one reproduced exactly. */
final class GapFilling {

    private GapFilling() {}

    /**
     * Linearly interpolates interior gaps of at most {@code limit} steps inside {@code [from, to)};
     * longer gaps, and gaps touching the range's ends, stay missing (no extrapolation, and nothing
     * crosses a split boundary).
     */
    static void interpolateInside(float[] v, int from, int to, int limit) {
        int i = from;
        while (i < to) {
            if (!Float.isNaN(v[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && Float.isNaN(v[end])) {
                end++;
            }
            int length = end - i;
            if (i > from && end < to && length <= limit) {
                float left = v[i - 1];
                float right = v[end];
                for (int k = 0; k < length; k++) {
                    v[i + k] = left + (right - left) * (k + 1) / (length + 1);
                }
            }
            i = end;
        }
    }

    /**
     * The notebook's {@code interpolate(method='linear', limit=3, limit_area='outside')} with pandas'
     * default forward direction: only the first {@code limit} gaps after the last valid value are
     * filled, with that value; leading and interior gaps stay missing.
     */
    static void fillTrailing(float[] v, int limit) {
        int last = v.length - 1;
        while (last >= 0 && Float.isNaN(v[last])) {
            last--;
        }
        if (last < 0) {
            return;
        }
        for (int k = last + 1; k < Math.min(v.length, last + 1 + limit); k++) {
            v[k] = v[last];
        }
    }
}
