package nianbao.merge;

import java.lang.management.ManagementFactory;

/**
 * Phase timings on stderr when the JVM runs with {@code -Dnianbao.timing=true}: wall time since JVM start
 * and CPU time of the whole process, so the benchmark can show where a merge spends its time even on a
 * busy machine. Silent otherwise.
 */
final class Timing {

    private static final boolean ON = Boolean.getBoolean("nianbao.timing");

    private Timing() {
    }

    /** Prints the phase that just ended with the wall and CPU seconds since JVM start. */
    static void mark(String phase) {
        if (!ON) {
            return;
        }
        long wallMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        double cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1e9;
        }
        double thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        System.err.printf("[timing] %-14s wall %6.2f s  process cpu %6.2f s  this thread cpu %6.2f s (%s)%n", phase,
                wallMs / 1e3, cpu, thread, Thread.currentThread().getName());
    }
}
