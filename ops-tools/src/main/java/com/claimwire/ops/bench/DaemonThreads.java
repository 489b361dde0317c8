package com.claimwire.ops.bench;

/** The harness's background threads are daemons: a run that ends or fails never waits for a watcher. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    static Thread create(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    static void start(String name, Runnable task) {
        create(name, task).start();
    }
}
