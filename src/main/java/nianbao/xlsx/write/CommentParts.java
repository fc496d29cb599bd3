package nianbao.xlsx.write;

import nianbao.xlsx.ooxml.Comments;
import nianbao.xlsx.ooxml.XmlOut;

import java.util.List;

/**
 * The parts that hold one sheet's cell comments (批注) in a patched workbook, written as POI writes
 * them for {@link Comments#add}: the comments part, the legacy VML drawing that places each note,
 * an empty DrawingML part, the sheet's relationships and the elements the sheet refers to them by.
 */
final class CommentParts {

    /**
     * One comment.
     *
     * @param ref the cell, e.g. {@code J5}
     * @param row zero-based row of the cell
     * @param col zero-based column of the cell
     * @param text the comment's text
     */
    record Note(String ref, int row, int col, String text) {
    }

    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String PACKAGE_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    /** The first shape ID of each VML part; POI numbers the notes of a sheet from it. */
    private static final int FIRST_SHAPE = 1025;

    private CommentParts() {
    }

    /** The namespace declaration the sheet's root needs for {@code r:id}. */
    static String relNamespace() {
        return " xmlns:r=\"" + REL + "\"";
    }

    /** The sheet elements pointing at the drawing (rId1) and the VML drawing (rId3). */
    static String sheetElements() {
        return "<drawing r:id=\"rId1\"/><legacyDrawing r:id=\"rId3\"/>";
    }

    /** The comments part. */
    static String comments(List<Note> notes) {
        StringBuilder sb = new StringBuilder(256 + 128 * notes.size()).append(DECLARATION)
                .append("<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author/><author>")
                .append(XmlOut.text(Comments.AUTHOR)).append("</author></authors><commentList>");
        for (Note n : notes) {
            sb.append("<comment ref=\"").append(n.ref()).append("\" authorId=\"1\"><text>")
                    .append(XmlOut.stringItem(n.text())).append("</text></comment>");
        }
        return sb.append("</commentList></comments>").toString();
    }

    /** The VML drawing: one hidden note shape per comment, anchored as {@link Comments#add} anchors it. */
    static String vml(List<Note> notes) {
        StringBuilder sb = new StringBuilder(512 + 640 * notes.size()).append(DECLARATION)
                .append("<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
                        + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\">"
                        + "<o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\""
                        + " coordsize=\"21600,21600\" o:spt=\"202.0\" path=\"m,l,21600r21600,l21600,xe\">"
                        + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int id = FIRST_SHAPE;
        for (Note n : notes) {
            sb.append("<v:shape id=\"_x0000_s").append(id++).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute; visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .append("<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(n.col() + 1).append(", 0, ").append(n.row()).append(", 0, ").append(n.col() + 4)
                    .append(", 0, ").append(n.row() + 4).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>")
                    .append(n.row()).append("</x:Row><x:Column>").append(n.col()).append("</x:Column></x:ClientData></v:shape>");
        }
        return sb.append("</xml>").toString();
    }

    /** The empty DrawingML part POI creates beside the notes. */
    static String drawing() {
        return DECLARATION + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"/>";
    }

    /** The sheet's relationships to its drawing (rId1), comments (rId2) and VML drawing (rId3). */
    static String sheetRels(int drawing, int comments, int vml) {
        return PACKAGE_DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Target=\"../drawings/drawing" + drawing + ".xml\" Type=\"" + REL + "/drawing\"/>"
                + "<Relationship Id=\"rId2\" Target=\"../comments" + comments + ".xml\" Type=\"" + REL + "/comments\"/>"
                + "<Relationship Id=\"rId3\" Target=\"../drawings/vmlDrawing" + vml + ".vml\" Type=\"" + REL + "/vmlDrawing\"/>"
                + "</Relationships>";
    }
}
