package edu.rnnlab.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The fonts travel in the jar and cover what the report writes, in English and Chinese. */
class BundledFontsTest {

    @Test
    void theReportsSymbolsGreekAndChineseAreCovered() {
        String symbols = "Δ − ± ≤ ≥ × → σ ⊙ ₀₁₂ ² ³ αβγηλμ ‰ ° … · – — “ ” Café Ø ß";
        assertEquals("", BundledFonts.missing(symbols));
        assertEquals("", BundledFonts.missing("循环神经网络，门控循环单元、长短期记忆网络（困惑度）：李华"));
    }

    @Test
    void everyCharacterOfTheMessageBundlesIsCovered() throws Exception {
        for (String bundle : new String[] {"messages_en.properties", "messages_zh.properties"}) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/templates/" + bundle)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(
                        "",
                        BundledFonts.missing(text),
                        bundle + " uses characters the bundled fonts lack: rerun src/main/resources/fonts/subset.sh");
            }
        }
    }

    @Test
    void charactersOutsideTheSubsetsAreNamedOnce() {
        assertEquals("\uD83D\uDE00", BundledFonts.missing("a \uD83D\uDE00 b \uD83D\uDE00"));
    }

    @Test
    void everyFaceIsInTheJar() throws Exception {
        for (BundledFonts.Face face : BundledFonts.LATIN) {
            try (InputStream in = face.open()) {
                assertEquals(0x00010000, new java.io.DataInputStream(in).readInt(), face.file());
            }
        }
        try (InputStream in = BundledFonts.CJK.open()) {
            assertEquals(0x00010000, new java.io.DataInputStream(in).readInt());
        }
    }
}
