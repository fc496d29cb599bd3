import nianbao.schema.Field;
import nianbao.schema.Schemas;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Baseline: the plain POI usermodel loop — new XSSFWorkbook per file, read every schema cell, sum the
 * numbers. Single thread, as such a loop is usually written.
 * Usage: java -cp target/nianbao-cli.jar bench/PoiBaseline.java DIR LIMIT [CELLS_OUT]
 *   CELLS_OUT: also write "sheet<TAB>cell" lines for the openpyxl baseline.
 */
public class PoiBaseline {
    public static void main(String[] args) throws Exception {
        List<Field> fields = Schemas.defaultSchema().fields();
        if (args.length > 2) {
            try (PrintWriter w = new PrintWriter(args[2], StandardCharsets.UTF_8)) {
                for (Field f : fields) {
                    w.println(f.sheet() + "\t" + f.cell());
                }
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().limit(Long.parseLong(args[1])).toList();
        }
        long t0 = System.nanoTime();
        double sum = 0;
        for (Path p : files) {
            // read-only package: new XSSFWorkbook(File) opens read-write and close() rewrites the input
            try (OPCPackage pkg = OPCPackage.open(new File(p.toString()), PackageAccess.READ);
                 XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                for (Field f : fields) {
                    Sheet sh = wb.getSheet(f.sheet());
                    Row r = sh == null ? null : sh.getRow(f.cell().row());
                    Cell c = r == null ? null : r.getCell(f.cell().col());
                    CellType t = c == null ? null : c.getCellType() == CellType.FORMULA
                            ? c.getCachedFormulaResultType() : c.getCellType();
                    if (t == CellType.NUMERIC) {
                        sum += c.getNumericCellValue();
                    }
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("poi-usermodel files=%d seconds=%.2f per_file_ms=%.3f checksum=%.2f%n", files.size(), s,
                s * 1000 / files.size(), sum);
    }
}
