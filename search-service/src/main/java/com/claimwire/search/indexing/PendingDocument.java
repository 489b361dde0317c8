package com.claimwire.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A document to write, with the external version that orders its updates and the record it came from.
 *
 * @param id document id (the article or claim id), so a re-delivery overwrites instead of duplicating
 * @param version the article version: Elasticsearch keeps the highest, so an older copy never wins
 * @param document the document body
 * @param origin the Kafka record, for dead-lettering
 */
record PendingDocument(String id, long version, Object document, ConsumerRecord<String, byte[]> origin) {
}
