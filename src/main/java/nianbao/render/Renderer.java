package nianbao.render;

import nianbao.model.Report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Prints a report as a publishable document in one format, in the official structure of
 * 国办公开办函〔2021〕30号. Renderers are stateless and safe to share between threads.
 */
public interface Renderer {

    /** The format this renderer writes. */
    Format format();

    /**
     * Writes the whole report to {@code out} (UTF-8 for text formats); does not close the stream.
     *
     * @throws IOException when writing fails
     */
    void render(Report report, OutputStream out) throws IOException;

    /** The rendered report as bytes. */
    default byte[] renderBytes(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The rendered report as text (for the text formats). */
    default String renderText(Report report) {
        return new String(renderBytes(report), StandardCharsets.UTF_8);
    }

    /** The renderer for a format; {@code fragment} asks HTML for just the report's {@code <div>}. */
    static Renderer of(Format format, boolean fragment) {
        return switch (format) {
            case DOCX -> new DocxRenderer();
            case HTML -> new HtmlRenderer(fragment);
            case MD -> new MarkdownRenderer();
            case TXT -> new TextRenderer();
        };
    }

    /** The renderer for a format, whole documents only. */
    static Renderer of(Format format) {
        return of(format, false);
    }
}
