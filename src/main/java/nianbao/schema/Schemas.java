package nianbao.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and loads the schema files shipped under {@code templates/}. Every {@code *.json} there is
 * a format version, so adding a format means adding a file, not code.
 */
public final class Schemas {

    /** The schema ID of the current national format. */
    public static final String DEFAULT_ID = "gov-info-disclosure/2021";

    private static volatile List<Schema> builtins;
    /** The JSON each built-in schema was read from (by identity: only the built-in instances themselves). */
    private static final Map<Schema, byte[]> SOURCES = Collections.synchronizedMap(new IdentityHashMap<>());

    private Schemas() {
    }

    /** The current national format (国办公开办函〔2021〕30号). */
    public static Schema defaultSchema() {
        return byId(DEFAULT_ID).orElseThrow(() -> new IllegalStateException("built-in schema missing: " + DEFAULT_ID));
    }

    /** The built-in schema with this ID, if any. */
    public static Optional<Schema> byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The built-in schema of the reports of a year: the one with the latest {@code firstYear} not after
     * it (a year before every format gets the earliest).
     */
    public static Schema forYear(int year) {
        Schema best = null;
        for (Schema s : all()) {
            if (s.firstYear() <= year && (best == null || s.firstYear() > best.firstYear())) {
                best = s;
            }
        }
        if (best == null) {
            best = all().stream().min(java.util.Comparator.comparingInt(Schema::firstYear)).orElseThrow();
        }
        return best;
    }

    /** {@link #forYear(int)}, or the current format when the year is not known. */
    public static Schema forYear(Integer year) {
        return year == null ? defaultSchema() : forYear(year.intValue());
    }

    /** The field with this ID in the first built-in format that has it (for a position when a finding has none). */
    public static Optional<Field> anyField(String fieldId) {
        return all().stream().flatMap(s -> s.field(fieldId).stream()).findFirst();
    }

    /** The built-in schema named by its full ID or its key ({@code 2019} for {@code gov-info-disclosure/2019}). */
    public static Optional<Schema> byKey(String key) {
        return all().stream().filter(s -> s.id().equals(key) || s.key().equals(key)).findFirst();
    }

    /** The built-in formats for messages: {@code gov-info-disclosure/2019（版本 1.0）、…}. */
    public static String describeAll() {
        return String.join("、", all().stream().map(s -> "“" + s.id() + "”（版本 " + s.version() + "）").toList());
    }

    /** Every built-in schema, sorted by ID. */
    public static List<Schema> all() {
        List<Schema> s = builtins;
        if (s == null) {
            synchronized (Schemas.class) {
                if (builtins == null) {
                    builtins = Collections.unmodifiableList(loadBuiltins());
                }
                s = builtins;
            }
        }
        return s;
    }

    /**
     * Whether a schema is a built-in one read from exactly these JSON bytes: a check much cheaper than
     * reading the bytes and comparing schemas, for files made at build time from the same JSON.
     */
    public static boolean isBuiltinFrom(Schema schema, byte[] json) {
        all();
        byte[] source = SOURCES.get(schema);
        return source != null && java.util.Arrays.equals(source, json);
    }

    /** Loads a schema from a JSON file (for a format that is not built in). */
    public static Schema load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return SchemaLoader.load(in, file.toString());
        }
    }

    /** Loads a schema from JSON read from a stream (not closed); {@code origin} names it in messages. */
    public static Schema load(InputStream in, String origin) throws IOException {
        return SchemaLoader.load(in, origin);
    }

    private static List<Schema> loadBuiltins() {
        List<Schema> out = new ArrayList<>();
        try {
            var url = Schemas.class.getResource("/templates");
            if (url == null) {
                throw new IllegalStateException("no templates/ on the class path");
            }
            if ("jar".equals(url.getProtocol())) {
                loadJar(url, out);
            } else {
                loadDir(Path.of(url.toURI()), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    /**
     * Loads {@code templates/*.json} from the jar by walking its entries: much cheaper at start-up
     * than mounting the (large, shaded) jar as a zip file system.
     */
    private static void loadJar(java.net.URL url, List<Schema> out) throws IOException {
        java.net.JarURLConnection conn = (java.net.JarURLConnection) url.openConnection();
        conn.setUseCaches(false);
        try (java.util.jar.JarFile jar = conn.getJarFile()) {
            List<String> names = jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("templates/") && n.endsWith(".json") && n.indexOf('/', 10) < 0)
                    .sorted().toList();
            for (String n : names) {
                try (InputStream in = jar.getInputStream(jar.getEntry(n))) {
                    out.add(builtin(in.readAllBytes(), n.substring(n.lastIndexOf('/') + 1)));
                }
            }
        }
    }

    private static Schema builtin(byte[] json, String origin) throws IOException {
        Schema s = SchemaLoader.load(new java.io.ByteArrayInputStream(json), origin);
        SOURCES.put(s, json);
        return s;
    }

    private static void loadDir(Path dir, List<Schema> out) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(builtin(Files.readAllBytes(p), p.getFileName().toString()));
            }
        }
    }
}
