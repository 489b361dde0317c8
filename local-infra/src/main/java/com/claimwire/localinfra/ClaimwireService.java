package com.claimwire.localinfra;

/**
 * The three Claimwire services, with the module that builds each one, its default port and the variables of the
 * local stack runner that override its port and its number of instances.
 */
public enum ClaimwireService {
    INGEST("ingest-service", "CLAIMWIRE_INGEST", 8081),
    ANALYSIS("analysis-service", "CLAIMWIRE_ANALYSIS", 8082),
    SEARCH("search-service", "CLAIMWIRE_SEARCH", 8083);

    private final String module;
    private final String variablePrefix;
    private final int defaultPort;

    ClaimwireService(String module, String variablePrefix, int defaultPort) {
        this.module = module;
        this.variablePrefix = variablePrefix;
        this.defaultPort = defaultPort;
    }

    /** The Maven module, also the service's name in logs, pid files and docker-compose. */
    public String module() {
        return module;
    }

    /** The environment variable of the local stack runner that overrides {@link #defaultPort()}. */
    public String portVariable() {
        return variablePrefix + "_PORT";
    }

    /** The environment variable of the local stack runner that sets how many instances of it run (default 1). */
    public String instancesVariable() {
        return variablePrefix + "_INSTANCES";
    }

    public int defaultPort() {
        return defaultPort;
    }
}
