package com.claimwire.localinfra;

/** The three Claimwire services, with the module that builds each one and its default port. */
public enum ClaimwireService {
    INGEST("ingest-service", "CLAIMWIRE_INGEST_PORT", 8081),
    ANALYSIS("analysis-service", "CLAIMWIRE_ANALYSIS_PORT", 8082),
    SEARCH("search-service", "CLAIMWIRE_SEARCH_PORT", 8083);

    private final String module;
    private final String portVariable;
    private final int defaultPort;

    ClaimwireService(String module, String portVariable, int defaultPort) {
        this.module = module;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
    }

    /** The Maven module, also the service's name in logs, pid files and docker-compose. */
    public String module() {
        return module;
    }

    /** The environment variable of the local stack runner that overrides {@link #defaultPort()}. */
    public String portVariable() {
        return portVariable;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
