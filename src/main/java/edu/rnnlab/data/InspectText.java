package edu.rnnlab.data;

import edu.rnnlab.data.text.TextCorpus;
import edu.rnnlab.data.text.TextFetcher;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.run.Tokens;
import java.io.IOException;
import java.nio.file.Path;

/** Inspects a text corpus: strict UTF-8, character tokens and vocabulary, whether it is d2l's file. */
final class InspectText {

    private InspectText() {}

    static DataFolderInspection.Facts inspect(Path file) {
        TextCorpus chars = TextCorpus.load(file, Tokens.CHAR, false);
        String known = "";
        try {
            if (Checksums.digest(file, "SHA-1").equals(TextFetcher.TIME_MACHINE_SHA1)) {
                known = "; the d2l Time Machine (SHA-1 matches)";
            }
        } catch (IOException e) {
            known = "; SHA-1 unreadable (" + e.getMessage() + ")";
        }
        String shape = "UTF-8 text, " + chars.ids().length + " character tokens, vocabulary "
                + chars.vocabulary().size() + " (textbook normalisation)" + known;
        return new DataFolderInspection.Facts(shape, "-", "-");
    }
}
