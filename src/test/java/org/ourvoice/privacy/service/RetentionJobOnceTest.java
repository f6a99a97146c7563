package org.ourvoice.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.ourvoice.privacy.domain.RetentionRunRepository;
import org.ourvoice.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two nodes starting the nightly job at the same time: the ShedLock lock lets exactly one run. */
@PortalTest
class RetentionJobOnceTest {

    @Autowired
    RetentionJob job;
    @Autowired
    RetentionRunRepository runs;

    @Test
    void theNightlyRunHappensOnceWhenStartedTwiceAtOnce() {
        long before = runs.count();
        CompletableFuture<Void> first = CompletableFuture.runAsync(job::nightly);
        CompletableFuture<Void> second = CompletableFuture.runAsync(job::nightly);
        CompletableFuture.allOf(first, second).join();
        job.nightly();
        assertThat(runs.count()).isEqualTo(before + 1);
    }
}
