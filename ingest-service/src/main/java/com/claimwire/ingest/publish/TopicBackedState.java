package com.claimwire.ingest.publish;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * State rebuilt from a Kafka topic and kept current by a {@link TopicTailer}: it follows the topic while the
 * application runs, and its health is out of service until it has read the topic to the end.
 */
public abstract class TopicBackedState implements SmartLifecycle, HealthIndicator {

    private volatile boolean running;

    /** The tailer that feeds this state; subclasses create it, since it calls back into them. */
    protected abstract TopicTailer tailer();

    /** What the state holds, named in its health details ("articles", "feeds"). */
    protected abstract String contentName();

    /** How many of {@link #contentName()} it holds. */
    protected abstract int contentSize();

    @Override
    public Health health() {
        return tailer().isCaughtUp()
                ? Health.up().withDetail(contentName(), contentSize()).build()
                : Health.outOfService().withDetail("reading", tailer().topic()).build();
    }

    @Override
    public void start() {
        tailer().start();
        running = true;
    }

    @Override
    public void stop() {
        tailer().close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
