package nianbao.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a crash ({@code kill -9}, power cut) can leave in the data folder, cleared when the server
 * starts and before it answers anybody: temporary files, an upload that was being saved (its file
 * and record renamed aside, so it is never shown or counted, nor overwritten), and a {@code current/}
 * copy that is not the agency's confirmed version.
 */
final class Tidy {

    /** The suffix a record of a never-confirmed upload gets: no reader matches {@code *.properties} on it. */
    static final String UNCONFIRMED = ".unconfirmed";

    /**
     * What was cleared.
     *
     * @param temporaries temporary files removed
     * @param unconfirmed uploads a crash cut off before they were confirmed (kept, never counted)
     * @param copies {@code current/} copies made again from the confirmed version
     */
    record Result(int temporaries, int unconfirmed, int copies) {

        /** The line for {@code log.tsv}. */
        @Override
        public String toString() {
            return "删除遗留的临时文件 " + temporaries + " 个"
                    + (unconfirmed > 0 ? "；服务中断时未保存完的上传 " + unconfirmed + " 个（原文件留在 versions/ 中，不计入）" : "")
                    + (copies > 0 ? "；按已确认的版本重新复制 current/ 中的副本 " + copies + " 个" : "");
        }
    }

    private Tidy() {
    }

    /** Clears the data folder of a store that nothing else uses yet. */
    static Result atStart(Store store) throws IOException {
        int temporaries = emptyTmp(store.tmp()) + hiddenTemporaries(store.root());
        int unconfirmed = 0;
        int copies = 0;
        for (Collection c : store.collections()) {
            for (Collection.Slot s : c.slots()) {
                Optional<Submission> latest = store.latest(c, s);
                unconfirmed += setAsideUnconfirmed(store.versionsDir(c, s), latest.map(Submission::version).orElse(0));
                copies += current(store, c, s, latest.orElse(null)) ? 1 : 0;
            }
        }
        return new Result(temporaries, unconfirmed, copies);
    }

    /** Removes everything in {@code tmp/}: uploads being received, files being written, the multipart cache. */
    private static int emptyTmp(Path tmp) throws IOException {
        if (!Files.isDirectory(tmp)) {
            return 0;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(tmp)) {
            all = new ArrayList<>(walk.filter(p -> !p.equals(tmp)).toList());
        }
        all.sort(Comparator.comparingInt(Path::getNameCount).reversed()); // files before their folders
        int n = 0;
        for (Path p : all) {
            n += Files.isRegularFile(p) ? 1 : 0;
            Files.deleteIfExists(p);
        }
        return n;
    }

    /**
     * Removes the hidden {@code .name.*.tmp} files that earlier versions of the server wrote beside
     * their targets (in {@code current/} too, where {@code merge} read them) and a crash left behind.
     */
    private static int hiddenTemporaries(Path root) throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root, 4)) {
            found = walk.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p);
            }).toList();
        }
        for (Path p : found) {
            Files.deleteIfExists(p);
        }
        return found.size();
    }

    /**
     * Renames aside the file and record of every version above the confirmed one (a crash cut it off
     * before its status record): no reader lists it, and the version number stays taken.
     */
    private static int setAsideUnconfirmed(Path versions, int confirmed) throws IOException {
        if (!Files.isDirectory(versions)) {
            return 0;
        }
        List<Path> aside = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(versions)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.length() > 5 && name.charAt(4) == '.' && name.substring(0, 4).chars().allMatch(Character::isDigit)
                        && Integer.parseInt(name.substring(0, 4)) > confirmed && !name.endsWith(UNCONFIRMED)) {
                    aside.add(f);
                }
            }
        }
        int uploads = 0;
        for (Path f : aside) {
            uploads += f.getFileName().toString().endsWith(".properties") ? 0 : 1;
            Files.move(f, f.resolveSibling(f.getFileName() + UNCONFIRMED));
        }
        return uploads;
    }

    /** Renames the files of an upload that failed before it was confirmed aside, as far as they exist and can be. */
    static void setAside(Path... files) {
        for (Path f : files) {
            try {
                if (Files.exists(f)) {
                    Files.move(f, f.resolveSibling(f.getFileName() + UNCONFIRMED));
                }
            } catch (IOException e) {
                // the next start sets it aside
            }
        }
    }

    /**
     * Makes {@code current/} hold exactly the confirmed version of the agency (a crash between the
     * status record and the copy leaves the previous one there).
     *
     * @return true when the copy had to be made again
     */
    private static boolean current(Store store, Collection c, Collection.Slot s, Submission latest) throws IOException {
        Path dir = store.currentDir(c);
        boolean copied = false;
        for (String ext : new String[] {"xlsx", "json"}) {
            Path f = dir.resolve(s.id() + "." + ext);
            if (latest != null && ext.equals(latest.extension())) {
                Path confirmed = store.file(c, s, latest);
                if (Files.isRegularFile(confirmed) && (!Files.isRegularFile(f) || Files.size(f) != latest.bytes() || !sha256(f).equals(latest.sha256()))) {
                    store.writeFile(f, Files.readAllBytes(confirmed));
                    copied = true;
                }
            } else {
                Files.deleteIfExists(f);
            }
        }
        return copied;
    }

    private static String sha256(Path f) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
