package nianbao.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs (files, directories walked recursively, and {@code *}/{@code **}/{@code ?}
 * globs expanded here because Windows shells do not) into a sorted list of distinct files, plus the inputs
 * that named nothing usable.
 */
final class Inputs {

    /**
     * The expanded inputs.
     *
     * @param files distinct files in path order
     * @param missing inputs that could not be used before reading (missing path, glob matching nothing)
     * @param ignored Office lock files and system clutter skipped while walking
     * @param repeated how many times a file was named again (by a second argument, directory or glob)
     * @param uncommitted hidden files and folders and {@code *.tmp} files skipped: files still being written
     *                    (an upload, another merge's output) or left behind by a crash, never a finished report
     * @param outputs outputs of this run that the inputs name too (the merge refuses to run then)
     */
    record Expanded(List<Path> files, List<Failure> missing, int ignored, int repeated, int uncommitted,
                    List<Path> outputs) {
    }

    /** Nothing: what a roster merge, which names its files itself, expands. */
    static final Expanded NONE = new Expanded(List.of(), List.of(), 0, 0, 0, List.of());

    private Inputs() {
    }

    /**
     * Expands the arguments.
     *
     * @param args files, directories and globs as the user typed them
     * @param outputs the outputs of this run: never read, and reported when an input names one
     */
    static Expanded expand(List<String> args, Set<Path> outputs) {
        List<Path> files = new ArrayList<>();
        List<Failure> missing = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Map<Path, Path> outputKeys = new HashMap<>();
        for (Path p : outputs) {
            outputKeys.put(key(p), p);
        }
        List<Path> namedOutputs = new ArrayList<>();
        int[] ignored = {0, 0};
        int repeated = 0;
        for (String arg : args) {
            List<Path> found = new ArrayList<>();
            if (isGlob(arg)) {
                glob(arg, found, ignored, missing);
                if (found.isEmpty()) {
                    missing.add(new Failure(arg, "通配符没有匹配到任何文件。"));
                }
            } else {
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    int failedBefore = missing.size();
                    walk(p, p, null, found, ignored, missing);
                    if (found.isEmpty() && missing.size() == failedBefore) {
                        missing.add(new Failure(arg, "文件夹里没有年报文件（.xlsx 或 .json），子文件夹里也没有。"));
                    }
                } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
                    add(p, found, ignored);
                } else {
                    missing.add(new Failure(arg, "找不到文件或文件夹，请检查路径和名称。"));
                }
            }
            for (Path f : found) {
                Path k = key(f);
                Path output = outputKeys.get(k);
                if (output != null) {
                    if (!namedOutputs.contains(output)) {
                        namedOutputs.add(output);
                    }
                    continue;
                }
                if (seen.add(k)) {
                    files.add(f);
                } else {
                    repeated++;
                }
            }
        }
        files.sort((a, b) -> a.toString().compareTo(b.toString()));
        return new Expanded(List.copyOf(files), List.copyOf(missing), ignored[0], repeated, ignored[1],
                List.copyOf(namedOutputs));
    }

    /** True for names Office, LibreOffice and file browsers leave beside documents. */
    static boolean isClutter(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("~$") || n.startsWith(".~lock.") || n.equals(".ds_store") || n.equals("thumbs.db")
                || n.equals("desktop.ini");
    }

    /**
     * True for a file that is not a finished report: hidden ({@code .a001.xlsx.123.tmp}, what an atomic writer
     * stages beside its target) or named {@code *.tmp}.
     */
    static boolean isUncommitted(String name) {
        return name.startsWith(".") || name.toLowerCase(Locale.ROOT).endsWith(".tmp");
    }

    static boolean isGlob(String arg) {
        return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0;
    }

    private static void glob(String arg, List<Path> found, int[] ignored, List<Failure> missing) {
        String norm = arg.replace('\\', '/');
        int firstGlob = firstGlobChar(norm);
        int slash = norm.lastIndexOf('/', firstGlob);
        String base = slash < 0 ? "" : norm.substring(0, slash + 1);
        String pattern = norm.substring(slash + 1);
        Path root = base.isEmpty() ? Path.of("") : Path.of(base);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        // "**/*.xlsx" should also match files directly under the base directory
        String shallow = pattern;
        while (shallow.contains("**/")) {
            shallow = shallow.replaceFirst("\\*\\*/", "");
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + shallow));
        }
        boolean deep = pattern.contains("/") || pattern.contains("**");
        if (deep) {
            walk(root, root, matchers, found, ignored, missing);
        } else {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(Files::isRegularFile).sorted().forEach(p -> {
                    if (matches(matchers, p.getFileName())) {
                        add(p, found, ignored);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int firstGlobChar(String s) {
        int i = s.indexOf('*');
        int j = s.indexOf('?');
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static void walk(Path root, Path dir, List<PathMatcher> matchers, List<Path> found, int[] ignored,
                             List<Failure> missing) {
        List<Path> files = new ArrayList<>();
        try {
            // follow links (shared folders are often links) but survive loops and unreadable folders
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            // a hidden folder below the one named (.git, a tool's scratch space) holds no reports
                            if (!d.equals(dir) && d.getFileName() != null
                                    && d.getFileName().toString().startsWith(".")) {
                                ignored[1]++;
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException)) {
                                missing.add(new Failure(file.toString(), nianbao.InputFiles.reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            missing.add(new Failure(dir.toString(), "无法读取文件夹：" + nianbao.InputFiles.reason(e)));
            return;
        }
        files.sort(null);
        for (Path p : files) {
            if (matchers == null || matches(matchers, root.relativize(p))) {
                add(p, found, ignored);
            }
        }
    }

    private static boolean matches(List<PathMatcher> matchers, Path rel) {
        for (PathMatcher m : matchers) {
            if (m.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a file unless it is clutter ({@code ignored[0]}) or not committed ({@code ignored[1]}). */
    private static void add(Path p, List<Path> found, int[] ignored) {
        String name = p.getFileName().toString();
        if (isClutter(name)) {
            ignored[0]++;
        } else if (isUncommitted(name)) {
            ignored[1]++;
        } else {
            found.add(p);
        }
    }

    /** The identity of a file for de-duplication: its real path when it exists. */
    private static Path key(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
