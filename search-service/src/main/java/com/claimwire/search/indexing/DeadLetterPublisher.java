package com.claimwire.search.indexing;

import com.claimwire.contracts.InvalidEventException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Sends records that can never be indexed to their topic's dead-letter topic, waiting for the broker's
 * acknowledgement, so that a batch's offsets are committed only once its dead letters are durable too.
 */
@Component
class DeadLetterPublisher {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final DeadLetterPublishingRecoverer recoverer;

    DeadLetterPublisher(DeadLetterPublishingRecoverer recoverer) {
        this.recoverer = recoverer;
    }

    void publish(List<DeadLetter> deadLetters) {
        for (DeadLetter deadLetter : deadLetters) {
            var record = deadLetter.record();
            log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    deadLetter.reason());
            recoverer.accept(record, new InvalidEventException(deadLetter.reason()));
        }
    }
}
