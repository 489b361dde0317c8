package com.claimwire.analysis.pipeline;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer dead letters go through: the service's producer settings with a limit of their own, so that the
 * limit that refused an article's results (or a lowered {@code max.request.size}) never refuses its dead letter.
 * Not a {@link KafkaTemplate} bean, which would replace the service's own.
 */
final class DeadLetterTemplate implements DisposableBean {

    private final KafkaTemplate<String, byte[]> template;

    DeadLetterTemplate(ProducerFactory<String, byte[]> producers, int maxRequestSize) {
        this.template = new KafkaTemplate<>(producers, Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize));
    }

    KafkaTemplate<String, byte[]> template() {
        return template;
    }

    @Override
    public void destroy() {
        template.destroy();
    }
}
