package edu.rnnlab.report;

import edu.rnnlab.run.Implementation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assigns each model group its chart colour family (its cell type) and shade: the first group of a
 * cell and implementation gets the plain colour, further ones (stacked, bidirectional, swept
 * values) lighter or darker variants, so the colour still says which cell it is.
 */
final class Palette {

    private final Map<ModelGroup, Integer> shades = new HashMap<>();

    Palette(List<ModelGroup> groups) {
        Map<String, Integer> seen = new HashMap<>();
        for (ModelGroup g : groups) {
            String key = family(g) + g.model().impl();
            int shade = seen.merge(key, 1, Integer::sum) - 1;
            shades.put(g, shade);
        }
    }

    static String family(ModelGroup g) {
        return g.model().cell().name().toLowerCase(Locale.ROOT);
    }

    static boolean library(ModelGroup g) {
        return g.model().impl() == Implementation.LIBRARY;
    }

    int shade(ModelGroup g) {
        return shades.getOrDefault(g, 0);
    }
}
