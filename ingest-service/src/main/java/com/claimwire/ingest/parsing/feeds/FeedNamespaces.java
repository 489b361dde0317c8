package com.claimwire.ingest.parsing.feeds;

/** The namespace URIs of the feed vocabularies this package reads. */
final class FeedNamespaces {

    static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RSS_10 = "http://purl.org/rss/1.0/";
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    static final String DUBLIN_CORE_TERMS = "http://purl.org/dc/terms/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private FeedNamespaces() {
    }
}
