package com.claimwire.search.indexing;

import com.claimwire.contracts.Event;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topic;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The records of one poll, decoded: the valid events in record order, and the poison records with the reason.
 *
 * @param events valid events with their records
 * @param poison records that are not a valid event of the topic
 */
record DecodedBatch<V extends Event>(List<Decoded<V>> events, List<DeadLetter> poison) {

    /** A valid event and the record it came from. */
    record Decoded<V>(ConsumerRecord<String, byte[]> record, V event) {
    }

    static <V extends Event> DecodedBatch<V> decode(Topic<V> topic, List<ConsumerRecord<String, byte[]>> records) {
        List<Decoded<V>> events = new ArrayList<>(records.size());
        List<DeadLetter> poison = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(new Decoded<>(record, EventCodec.decode(topic, record.value())));
            } catch (InvalidEventException e) {
                poison.add(new DeadLetter(record, e.getMessage()));
            }
        }
        return new DecodedBatch<>(events, poison);
    }
}
