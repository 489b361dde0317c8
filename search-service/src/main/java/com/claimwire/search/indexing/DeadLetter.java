package com.claimwire.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record that can never be indexed as it is, and why. */
record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
}
