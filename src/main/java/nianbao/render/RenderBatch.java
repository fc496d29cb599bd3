package nianbao.render;

import nianbao.AtomicFiles;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.UnwritableOutputException;
import nianbao.model.Report;
import nianbao.schema.Severity;
import nianbao.validate.Finding;
import nianbao.validate.Validator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads, validates and renders reports, one output per input, several at a time. Validation errors
 * block a report unless forced; warnings never do. A bad input never stops the batch: every input
 * ends with an {@link Outcome}.
 */
public final class RenderBatch {

    private RenderBatch() {
    }

    /**
     * One report to render.
     *
     * @param input the workbook or JSON file
     * @param output the file to write, or null to keep the rendered bytes in the outcome
     */
    public record Job(Path input, Path output) {
    }

    /** How one input ended. */
    public enum Status {
        /** Rendered (and written when the job named an output). */
        RENDERED,
        /** Not rendered: the report has validation errors and {@code force} was off. */
        BLOCKED,
        /** The input could not be read. */
        UNREADABLE,
        /** The output could not be written. */
        UNWRITABLE
    }

    /**
     * The result of one job.
     *
     * @param job the job
     * @param status how it ended
     * @param findings the validation findings (errors and warnings), empty when unreadable
     * @param error the one-line Chinese reason when unreadable or unwritable ({@code <file>：<reason>}), else null
     * @param content the rendered bytes when the job had no output file, else null
     */
    public record Outcome(Job job, Status status, List<Finding> findings, String error, byte[] content) {
        public Outcome {
            findings = List.copyOf(findings);
        }

        /** The number of findings of a severity. */
        public long count(Severity s) {
            return findings.stream().filter(f -> f.severity() == s).count();
        }
    }

    /**
     * Renders one report.
     *
     * @param force render even when validation finds errors
     */
    public static Outcome run(Job job, Renderer renderer, boolean force) {
        Report report;
        try {
            if (job.output() != null && job.output().toAbsolutePath().normalize().equals(job.input().toAbsolutePath().normalize())) {
                throw new UnreadableInputException(job.input().toString(), "输出文件与输入文件相同；为保护原文件，未生成。请用 -o 指定其他文件名。");
            }
            String name = job.input().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.matches(".*\\.(txt|md|html?|docx?|pdf|wps)$")) {
                throw new UnreadableInputException(job.input().toString(),
                        "不是填报模板（.xlsx）或 JSON 文件。已发布的旧年报原文请先用 nianbao import 导入。");
            }
            report = Reports.read(job.input());
        } catch (UnreadableInputException e) {
            return new Outcome(job, Status.UNREADABLE, List.of(), e.getMessage(), null);
        } catch (RuntimeException e) {
            // A reader bug must not take the batch down; say which file and what happened.
            return new Outcome(job, Status.UNREADABLE, List.of(), job.input() + "：读取失败：" + e, null);
        }
        List<Finding> findings = Validator.validate(report);
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        if (errors && !force) {
            return new Outcome(job, Status.BLOCKED, findings, null, null);
        }
        try {
            if (job.output() == null) {
                return new Outcome(job, Status.RENDERED, findings, null, renderer.renderBytes(report));
            }
            AtomicFiles.write(job.output(), out -> renderer.render(report, out));
        } catch (UnwritableOutputException e) {
            return new Outcome(job, Status.UNWRITABLE, findings, e.getMessage(), null);
        } catch (IOException e) {
            return new Outcome(job, Status.UNREADABLE, findings, job.input() + "：生成失败：内部错误（请把这一行报告给维护人员）：" + e, null);
        } catch (RuntimeException e) {
            return new Outcome(job, Status.UNREADABLE, findings, job.input() + "：生成失败：" + e, null);
        }
        return new Outcome(job, Status.RENDERED, findings, null, null);
    }

    /**
     * Renders many reports on {@code threads} threads; outcomes come back in job order.
     *
     * @param threads worker threads (1 renders in the calling thread)
     */
    public static List<Outcome> runAll(List<Job> jobs, Renderer renderer, boolean force, int threads) {
        if (threads <= 1 || jobs.size() <= 1) {
            return jobs.stream().map(j -> run(j, renderer, force)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "nianbao-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>(jobs.size());
            for (Job j : jobs) {
                futures.add(pool.submit(() -> run(j, renderer, force)));
            }
            List<Outcome> out = new ArrayList<>(jobs.size());
            for (int i = 0; i < jobs.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Job j = jobs.get(i);
                    out.add(new Outcome(j, Status.UNREADABLE, List.of(), j.input() + "：生成失败：" + e.getCause(), null));
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
