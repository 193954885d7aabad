package edu.rnnlab.data;

import edu.rnnlab.data.translation.TranslationPairs;
import java.nio.file.Path;

/** Inspects a sentence-pair file ({@code fra-eng.zip} or {@code fra.txt}): how many pairs it holds. */
final class InspectTranslation {

    private InspectTranslation() {}

    static DataFolderInspection.Facts inspect(Path file) {
        int pairs = TranslationPairs.read(file, 0, false).pairs().size();
        return new DataFolderInspection.Facts(pairs + " English-French sentence pairs (english TAB french)", "-", "-");
    }
}
