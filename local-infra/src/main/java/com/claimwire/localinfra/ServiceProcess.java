package com.claimwire.localinfra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Claimwire service running from its executable jar as a separate process. */
public final class ServiceProcess {

    public static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(30);
    private static final String HEAP = "512m";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ClaimwireService service;
    private final int port;
    private final ManagedProcess process;

    private ServiceProcess(ClaimwireService service, int port, ManagedProcess process) {
        this.service = service;
        this.port = port;
        this.process = process;
    }

    /** Starts the service's jar; returns at once, see {@link #awaitReady(Duration)}. */
    public static ServiceProcess start(Distributions distributions, ClaimwireService service,
                                       ServiceSettings settings, Path log, boolean detached) {
        Path jar = distributions.serviceJar(service);
        // The log directory on the command line marks the process as part of the stack keeping its files there,
        // so that the stack runner finds it even without a pid file.
        List<String> command = List.of(Distributions.javaExecutable().toString(), "-Xmx" + HEAP,
                "-Dclaimwire.log.dir=" + log.toAbsolutePath().getParent(), "-jar", jar.toString());
        ManagedProcess process = ManagedProcess.start(service.module(), command, settings.environment(),
                distributions.repoDir(), log, detached);
        return new ServiceProcess(service, settings.port(), process);
    }

    /** A service process found again through its pid file. */
    static ServiceProcess of(ClaimwireService service, int port, ManagedProcess process) {
        return new ServiceProcess(service, port, process);
    }

    /** Waits until the service reports itself ready; fails with its log tail if it dies or takes too long. */
    public ServiceProcess awaitReady(Duration timeout) {
        process.awaitReady("ready at " + readinessUri(port), timeout, () -> isReady(port));
        return this;
    }

    /** Whether whatever listens on {@code port} of loopback answers its readiness probe with UP. */
    public static boolean isReady(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(readinessUri(port))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static URI readinessUri(int port) {
        return URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
    }

    public ClaimwireService service() {
        return service;
    }

    /** E.g. {@code http://localhost:8081}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public ManagedProcess process() {
        return process;
    }

    /** Stops it gracefully (SIGTERM), as an orchestrator scaling in would; SIGKILL only after a grace period. */
    public void stop() {
        process.stop(STOP_GRACE);
    }

    /**
     * Kills it at once (SIGKILL) without a chance to commit, flush or leave its consumer groups: a crash. Returns
     * once it is gone.
     */
    public void kill() {
        ProcessHandle handle = ProcessHandle.of(process.pid()).orElse(null);
        if (handle == null) {
            return;
        }
        handle.destroyForcibly();
        handle.onExit().orTimeout(KILL_WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }
}
