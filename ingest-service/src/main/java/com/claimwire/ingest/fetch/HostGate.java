package com.claimwire.ingest.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness per host: at most a few requests at a time, and request starts spaced by an interval (which a
 * robots.txt Crawl-delay can lengthen).
 */
final class HostGate {

    private final int concurrency;
    private final Duration defaultInterval;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int concurrency, Duration defaultInterval) {
        this.concurrency = concurrency;
        this.defaultInterval = defaultInterval;
    }

    /** A permit to request from {@code host}; close it when the response has been read. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a free slot and this host's next start time, at most {@code timeout}.
     *
     * @throws FetchException when the wait would exceed {@code timeout}
     */
    Permit enter(String host, Duration interval, Duration timeout) throws FetchException {
        Host state = hosts.computeIfAbsent(host, name -> new Host(new Semaphore(concurrency, true)));
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!state.slots.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new FetchException(FetchException.Reason.TIMEOUT, "waited too long for a free slot at " + host);
            }
            long start = state.reserveStart(interval.compareTo(defaultInterval) > 0 ? interval : defaultInterval);
            long wait = start - System.nanoTime();
            if (start > deadline) {
                state.slots.release();
                throw new FetchException(FetchException.Reason.TIMEOUT, "the rate limit for " + host
                        + " allows no request within " + timeout.toSeconds() + " s");
            }
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.TIMEOUT, "interrupted while waiting for " + host);
        }
        return state.slots::release;
    }

    private static final class Host {
        private final Semaphore slots;
        private long nextStart = System.nanoTime();

        Host(Semaphore slots) {
            this.slots = slots;
        }

        synchronized long reserveStart(Duration interval) {
            long start = Math.max(System.nanoTime(), nextStart);
            nextStart = start + interval.toNanos();
            return start;
        }
    }
}
