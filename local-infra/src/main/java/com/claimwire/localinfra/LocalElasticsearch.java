package com.claimwire.localinfra;

import java.nio.file.Path;

/**
 * The Elasticsearch node of this JVM's tests: started lazily once on free loopback ports in a temporary
 * directory and stopped when the JVM exits. If the environment variable {@value #OVERRIDE} names a URL,
 * that cluster is used instead and nothing is started (then it cannot be stopped and restarted).
 */
public final class LocalElasticsearch {

    public static final String OVERRIDE = "CLAIMWIRE_TEST_ELASTICSEARCH";

    private static LocalElasticsearch shared;

    private final String url;
    private final ElasticsearchNode node;

    private LocalElasticsearch(String url, ElasticsearchNode node) {
        this.url = url;
        this.node = node;
    }

    /** The node shared by every test of this JVM, started on first use. */
    public static synchronized LocalElasticsearch shared() {
        if (shared == null) {
            shared = startOrUseExisting();
        }
        return shared;
    }

    private static LocalElasticsearch startOrUseExisting() {
        String existing = System.getenv(OVERRIDE);
        if (existing != null && !existing.isBlank()) {
            return new LocalElasticsearch(stripTrailingSlash(existing.trim()), null);
        }
        Path instanceDir = TemporaryDirectories.create("claimwire-elasticsearch-");
        ElasticsearchNode node = ElasticsearchNode.start(Distributions.locate(), instanceDir, FreePorts.next(),
                FreePorts.next(), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.stop();
            TemporaryDirectories.deleteRecursively(instanceDir);
        }, "stop-local-elasticsearch"));
        return new LocalElasticsearch(node.url(), node);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String url() {
        return url;
    }

    /** Whether this JVM started the node, so that {@link #stop()} and {@link #start()} are possible. */
    public boolean isManaged() {
        return node != null;
    }

    /** Stops the node; its port and data are kept for {@link #start()}. */
    public void stop() {
        managedNode().stop();
    }

    /** Starts the node again on the same port and data, returning once the cluster is healthy. */
    public void start() {
        managedNode().start();
    }

    private ElasticsearchNode managedNode() {
        if (node == null) {
            throw new IllegalStateException("Elasticsearch at " + url + " comes from " + OVERRIDE
                    + " and cannot be stopped or started from here; check isManaged() first.");
        }
        return node;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
