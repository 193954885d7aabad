package edu.rnnlab.data.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.rnnlab.io.Checksums;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledTextTest {

    @TempDir
    Path tmp;

    @Test
    void theJarCarriesTheTextbooksTimeMachineByteForByte() throws Exception {
        byte[] bytes = BundledText.bytes();
        assertEquals(178_979, bytes.length);
        String sha1 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        assertEquals(TextFetcher.TIME_MACHINE_SHA1, sha1);
        assertEquals("090b5e7e70c295757f55df93cb0a180b9691891a", sha1);
    }

    @Test
    void writtenOutOnceAndADamagedCopyIsReplaced() throws Exception {
        Path file = BundledText.writeTo(tmp);
        assertEquals(TextFetcher.TIME_MACHINE_FILE, file.getFileName().toString());
        assertEquals(TextFetcher.TIME_MACHINE_SHA1, Checksums.digest(file, "SHA-1"));
        Files.writeString(file, "truncated");
        BundledText.writeTo(tmp);
        assertEquals(TextFetcher.TIME_MACHINE_SHA1, Checksums.digest(file, "SHA-1"));
        try (var left = Files.list(tmp)) {
            assertEquals(1, left.count(), "no file left aside");
        }
    }
}
