package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Set<String> keys(String lang) {
        return new TreeSet<>(ResourceBundle.getBundle(
                        "templates.messages",
                        Locale.forLanguageTag(lang),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .keySet());
    }

    @Test
    void chineseBundleTranslatesEveryKey() {
        assertEquals(keys("en"), keys("zh"));
    }

    @Test
    void courseTermsInChinese() {
        Messages zh = new Messages("zh");
        String all = String.join(" ", zh.all().values());
        for (String term : new String[] {"循环神经网络", "门控循环单元", "长短期记忆网络", "困惑度"}) {
            assertTrue(all.contains(term), term);
        }
    }

    @Test
    void argumentsAreNotLocalisedAndApostrophesSurvive() {
        Messages en = new Messages("en");
        assertEquals("Table 12345. x", en.get("caption.table", 12345, "x"));
        assertTrue(en.get("analysis.curve.levelled", "GRU", "3", "10").startsWith("GRU: levelled off."));
        assertTrue(en.get("analysis.baseline.meaning.user_frequent").startsWith("People return"));
        assertTrue(en.get("pair.1.intro").contains("library's RNN"), "an apostrophe survives MessageFormat");
    }
}
