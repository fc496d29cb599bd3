package nianbao.legacy.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.List;

/** Extracts the text of a PDF report page by page, in reading order, with PDFBox. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The lines of the document.
     *
     * @throws org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException when it needs a password
     * @throws IOException when it is not a readable PDF
     */
    static List<String> lines(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            // a tab between words that stand apart keeps table cells apart for the statistics parser
            stripper.setWordSeparator("\t");
            return DecodedText.splitLines(stripper.getText(doc));
        }
    }
}
