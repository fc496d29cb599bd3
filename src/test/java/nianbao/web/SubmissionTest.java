package nianbao.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubmissionTest {

    @TempDir
    Path tmp;

    @Test
    void recordReadsBackWhateverTheNamesHold() throws Exception {
        Submission v = new Submission(12, "2026-01-20T14:05:00+08:00", "::1", " 年报=终稿:v2 #1!\\备份\t.xlsx", "xlsx", 28147,
                "ab".repeat(32), "某某县\n卫生健康委员会\r（汇总）\f ", 3, 0);
        Path f = tmp.resolve("0012.properties");
        Files.writeString(f, v.toText(), StandardCharsets.UTF_8);
        assertEquals(v, Submission.read(f));
    }

    @Test
    void recordIsOrdinaryPropertiesText() throws Exception {
        Submission v = new Submission(1, "2026-01-20T14:05:00+08:00", "127.0.0.1", "青山县.xlsx", "xlsx", 10, "00", "", 0, 2);
        Properties p = new Properties();
        p.load(new StringReader(v.toText()));
        assertEquals("青山县.xlsx", p.getProperty("originalName"));
        assertEquals("", p.getProperty("agencyInFile"));
        assertEquals("2", p.getProperty("warnings"));
        assertEquals(10, p.size());
    }
}
