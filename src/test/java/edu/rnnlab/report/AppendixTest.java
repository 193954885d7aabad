package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The appendix never prints the absolute paths of the machine that ran the lab. */
class AppendixTest {

    @Test
    void aDataFileIsShownByItsFolderAndName() {
        assertEquals(
                "foursquare-nyc-sample/FS_NYC_sample.csv",
                DataFileRow.shown("/home/student/lab4/foursquare-nyc-sample/FS_NYC_sample.csv"));
        assertEquals("lab4/january-2017.csv", DataFileRow.shown("C:\\Users\\me\\lab4\\january-2017.csv"));
        assertEquals("timemachine.txt", DataFileRow.shown("timemachine.txt"));
        assertEquals("timemachine.txt", DataFileRow.shown("/timemachine.txt"));
    }
}
