package nianbao.merge;

import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.analysis.KeyFigures;
import nianbao.model.Report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads last year's reports for the 同比 sheet, in parallel, into their key figures only (no validation: they
 * are compared, not checked). A file that cannot be read is listed with its reason and the rest go on.
 */
final class PreviousReports {

    /**
     * What was read.
     *
     * @param reports the figures of every report read, in input order
     * @param problems one line per input that could not be read
     */
    record Read(List<KeyFigures> reports, List<String> problems) {
    }

    private PreviousReports() {
    }

    /**
     * Reads them.
     *
     * @param previous what to read
     * @param exclude files never to read (this run's outputs)
     * @param threads reader threads
     */
    static Read read(PreviousYear previous, Set<Path> exclude, int threads) {
        List<Path> files = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (previous.roster() != null) {
            for (RosterSlot slot : previous.roster()) {
                if (slot.file() != null) {
                    files.add(slot.file());
                    agencies.add(slot.agency());
                    names.add(slot.agency() + "：" + slot.label());
                }
            }
        } else {
            Inputs.Expanded in = Inputs.expand(previous.inputs(), exclude);
            for (Failure f : in.missing()) {
                problems.add("无法读取上年报告 " + f.file() + "：" + f.reason());
            }
            for (Path p : in.files()) {
                files.add(p);
                agencies.add(null);
                names.add(p.toString());
            }
        }
        Object[] out = new Object[files.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, Math.min(threads, files.size())); t++) {
            Thread w = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                    out[i] = readOne(files.get(i), agencies.get(i), names.get(i), previous.roster() != null);
                }
            }, "nianbao-previous-" + t);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("合并被中断", e);
            }
        }
        List<KeyFigures> reports = new ArrayList<>();
        for (Object o : out) {
            if (o instanceof KeyFigures f) {
                reports.add(f);
            } else {
                problems.add((String) o);
            }
        }
        return new Read(List.copyOf(reports), List.copyOf(problems));
    }

    /** The figures of one file, or the line saying why it could not be read; never throws. */
    private static Object readOne(Path file, String agency, String name, boolean roster) {
        String reason;
        try {
            Report r = Reports.read(file);
            return KeyFigures.of(agency != null ? agency : r.agency(), r.year(), r.schema(), r::numberIfPresent);
        } catch (UnreadableInputException e) {
            reason = e.reason() == null ? e.getMessage() : e.reason();
        } catch (RuntimeException | StackOverflowError e) {
            reason = Merger.READER_BUG;
        } catch (OutOfMemoryError e) {
            reason = "文件过大或结构异常，读取时内存不足。";
        }
        if (roster) {
            // the desk's files live under the server's data folder: name them by their label only
            reason = reason.replace(file.toAbsolutePath().toString(), name).replace(file.toString(), name);
        }
        return "无法读取上年报告 " + name + "：" + reason.replace('\n', ' ').replace('\r', ' ');
    }
}
