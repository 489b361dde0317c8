/**
 * The public contract between Claimwire's services: immutable event records with an explicit schema
 * version, the one registry of Kafka topics ({@link com.claimwire.contracts.Topics}) and the JSON codec
 * every service uses on the wire. Pure Java: no Spring, no Kafka client.
 */
package com.claimwire.contracts;
