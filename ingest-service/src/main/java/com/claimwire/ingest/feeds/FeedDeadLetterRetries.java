package com.claimwire.ingest.feeds;

import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A dead letter of the feed registry that could not be written (the broker away) is tried again with backoff until
 * it is, with its offset uncommitted meanwhile: skipping it would lose it, since the topic is checked once.
 */
@Component("feedDeadLetterRetries")
class FeedDeadLetterRetries
        implements ContainerPostProcessor<String, byte[], AbstractMessageListenerContainer<String, byte[]>> {

    @Override
    public void postProcess(AbstractMessageListenerContainer<String, byte[]> container) {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
    }
}
