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
        return seconds(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /**
     * CPU seconds used so far by the process's JIT compiler threads (HotSpot names them
     * "C1 CompilerThread<n>" and "C2 CompilerThread<n>"); zero for a process that is not
     * a JVM.
     */
    static double compilerSeconds(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.map((task) -> task.resolve("stat"))
                .filter(ProcessCpu::isCompiler)
                .mapToDouble(ProcessCpu::seconds)
                .sum();
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

    private static boolean isCompiler(Path stat) {
        try {
            String text = Files.readString(stat);
            String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
            return name.matches("C[12] CompilerThre.*");
        }
        catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    private static double seconds(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

}
