package edu.rnnlab.report;

import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cell written by hand and its library twin in one experiment: the same spec but the
 * implementation, so the same data, seeds and initial weights (the tests prove they compute the same
 * function). The analysis and the conclusions compare exactly these pairs.
 *
 * @param scratch the hand-written setting
 * @param library the library setting
 */
record Twin(ModelGroup scratch, ModelGroup library) {

    /** The twins among {@code groups} (settings outside any sweep), in the groups' order. */
    static List<Twin> of(List<ModelGroup> groups) {
        List<Twin> out = new ArrayList<>();
        for (ModelGroup s : groups) {
            if (s.model().impl() != Implementation.SCRATCH || !s.sweep().isEmpty()) {
                continue;
            }
            groups.stream()
                    .filter(l -> l.model().impl() == Implementation.LIBRARY
                            && l.sweep().isEmpty()
                            && sameButImplementation(s.model(), l.model()))
                    .findFirst()
                    .ifPresent(l -> out.add(new Twin(s, l)));
        }
        return out;
    }

    private static boolean sameButImplementation(ModelSpec a, ModelSpec b) {
        return a.cell() == b.cell()
                && Objects.equals(a.hidden(), b.hidden())
                && Objects.equals(a.layers(), b.layers())
                && Objects.equals(a.bidirectional(), b.bidirectional())
                && Objects.equals(a.dropout(), b.dropout())
                && a.gruForm() == b.gruForm()
                && Objects.equals(a.embedding(), b.embedding());
    }
}
