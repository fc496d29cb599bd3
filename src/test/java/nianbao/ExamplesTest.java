package nianbao;

import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamplesTest {

    static List<Path> exampleJson() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyBundledExampleIsAConsistentFilledReport() throws Exception {
        List<Path> files = exampleJson();
        assertTrue(files.size() >= 3, "at least three examples");
        for (Path p : files) {
            Report r = Reports.readJson(p);
            assertEquals(List.of(), Reports.validate(r), p.toString());
            assertTrue(r.schema().numericFields().stream().allMatch(f -> r.number(f.id()) != null), p + " has blanks");
        }
    }
}
