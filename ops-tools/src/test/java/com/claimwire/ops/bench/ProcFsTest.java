package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcFsTest {

    @Test
    void cpuTicksAddUserAndSystemTimeEvenWithSpacesInTheCommandName() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 1200 0 0 0 731 129 0 0 20 0 45 0 1000 "
                + "4000000000 50000 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcFs.cpuTicks(stat)).isEqualTo(731 + 129);
    }

    @Test
    void residentSetComesFromVmRss() {
        String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  524288 kB\nThreads:\t45\n";

        assertThat(ProcFs.rssBytes(status)).isEqualTo(524_288L * 1024);
        assertThat(ProcFs.rssBytes("Name:\tzombie\n")).isZero();
    }

    @Test
    void readsThisProcess() {
        long self = ProcessHandle.current().pid();

        assertThat(ProcFs.cpuTicks(self)).isPresent();
        assertThat(ProcFs.rssBytes(self).orElseThrow()).isPositive();
    }
}
