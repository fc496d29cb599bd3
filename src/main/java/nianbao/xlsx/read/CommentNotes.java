package nianbao.xlsx.read;

import nianbao.UnreadableInputException;
import nianbao.model.Provenance;
import nianbao.model.Value;
import nianbao.xlsx.ooxml.Comments;
import nianbao.xlsx.ooxml.Xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings back what a written workbook says about its blank cells: a value the import marked
 * missing is written as a blank cell with the comment "缺失：reason" by {@link Comments#AUTHOR};
 * while the cell is still blank, reading it gives the missing value with its reason again, so
 * {@code validate} on an imported workbook knows what the import knew (e.g. that 一's text is in
 * the overview). A cell someone has since filled is read as filled; other authors' comments and
 * other comments of ours (推断, stated totals) change nothing.
 */
final class CommentNotes {

    private static final String COMMENTS_REL = "/comments";
    private static final String MISSING = Provenance.MISSING.zh();

    private CommentNotes() {
    }

    /**
     * The blank cells of one sheet whose comment by this tool marks them missing, with the reason.
     *
     * @param sheetPart the worksheet's part name
     * @return cell reference (A1) → reason ("" when the comment gives none); empty when the sheet has no comments
     */
    static Map<String, String> missing(XlsxPackage pkg, String sheetPart)
            throws UnreadableInputException, IOException, XMLStreamException {
        for (XlsxPackage.Rel rel : pkg.rels(sheetPart)) {
            if (rel.type() != null && rel.type().endsWith(COMMENTS_REL) && pkg.has(rel.target())) {
                return parse(pkg.readText(rel.target()));
            }
        }
        return Map.of();
    }

    /** The comments part's missing marks by this tool: ref → reason. */
    static Map<String, String> parse(String xml) throws XMLStreamException {
        List<String> authors = new ArrayList<>();
        Map<String, String> out = new HashMap<>();
        XMLStreamReader r = Xml.reader(xml);
        try {
            String ref = null;
            String author = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (Xml.name(r)) {
                    case "author" -> authors.add(r.getElementText().strip());
                    case "comment" -> {
                        ref = Xml.attr(r, "ref");
                        author = author(authors, Xml.attr(r, "authorId"));
                    }
                    case "text" -> {
                        String text = Xml.stringItem(r);
                        String reason = Comments.AUTHOR.equals(author) ? reason(text) : null;
                        if (ref != null && reason != null) {
                            out.put(ref.replace("$", ""), reason);
                        }
                        ref = null;
                    }
                    default -> {
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private static String author(List<String> authors, String id) {
        try {
            int i = Integer.parseInt(id == null ? "" : id.strip());
            return i >= 0 && i < authors.size() ? authors.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The reason of the comment's "缺失：…" line (as {@code write.WorkbookWriter.markNote} writes it), or null. */
    static String reason(String comment) {
        String[] lines = comment.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals(MISSING) || l.startsWith(MISSING + "：")) {
                StringBuilder sb = new StringBuilder(l.substring(Math.min(l.length(), MISSING.length() + 1)));
                for (int k = i + 1; k < lines.length; k++) {
                    sb.append('\n').append(lines[k]);
                }
                return sb.toString().strip();
            }
        }
        return null;
    }

    /** The missing value a blank cell's comment describes. */
    static Value restore(Value blank, String reason) {
        return blank.with(Provenance.MISSING, reason.isEmpty() ? null : reason);
    }
}
