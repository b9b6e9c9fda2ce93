package uk.gov.justice.ppg.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time a process has used so far (user + system), read from /proc on Linux; zero
 * where unavailable. Also the part of it that a JVM's JIT compiler threads used.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    static double seconds(long pid) {
        return seconds(read(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /**
     * CPU seconds used so far by the process's JIT compiler threads (HotSpot names them
     * "C1 CompilerThread<n>" and "C2 CompilerThread<n>"); zero for a process that is not
     * a JVM.
     */
    static double compilerSeconds(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.map((task) -> read(task.resolve("stat")))
                .filter(ProcessCpu::isCompiler)
                .mapToDouble(ProcessCpu::seconds)
                .sum();
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

    /** A stat file's text; empty where it cannot be read (a thread that ended). */
    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        }
        catch (IOException ex) {
            return "";
        }
    }

    private static boolean isCompiler(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        return open >= 0 && close > open && stat.substring(open + 1, close).matches("C[12] CompilerThre.*");
    }

    private static double seconds(String stat) {
        try {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        }
        catch (RuntimeException ex) {
            return 0;
        }
    }

}
