package uk.gov.justice.ppg.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void countsTheJitCompilerThreadsOfThisJvmAsPartOfItsCpu() throws Exception {
        long self = ProcessHandle.current().pid();
        double compilers = 0;
        for (int round = 0; round < 50 && compilers == 0; round++) {
            IntStream.range(0, 200_000).mapToObj(Integer::toString).map(String::hashCode).reduce(0, Integer::sum);
            compilers = ProcessCpu.compilerSeconds(self);
            Thread.sleep(100);
        }
        assertThat(compilers).as("CPU of this JVM's compiler threads").isPositive();
        assertThat(ProcessCpu.seconds(self)).as("CPU of the whole JVM").isGreaterThanOrEqualTo(compilers);
    }

    @Test
    void aProcessThatDoesNotExistUsedNothing() {
        assertThat(ProcessCpu.seconds(Long.MAX_VALUE)).isZero();
        assertThat(ProcessCpu.compilerSeconds(Long.MAX_VALUE)).isZero();
    }

}
