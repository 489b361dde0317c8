/**
 * Real local infrastructure without Docker: a KRaft Kafka broker and an Elasticsearch node as separate
 * processes from the distributions this module's build prepares, the Claimwire services as processes, and
 * the local stack runner behind {@code ./claimwire up|down|status|reset|demo}.
 *
 * <p>Deliberately free of Kafka and Elasticsearch client libraries: modules put this on their test classpath
 * without inheriting a second client.
 */
package com.claimwire.localinfra;
