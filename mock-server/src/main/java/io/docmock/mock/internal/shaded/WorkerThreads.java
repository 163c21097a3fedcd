package io.docmock.mock.internal.shaded;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.ThreadPoolFactory;
import wiremock.org.eclipse.jetty.util.thread.QueuedThreadPool;
import wiremock.org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Jetty's threads for the mock: a fixed number of workers and no reserved threads.
 *
 * <p>Every answer is in memory, so a request only needs a core, never a thread to wait in. WireMock's default
 * (25 threads, of which 20 run requests, and a reserved thread that lets the selector run requests itself) lets
 * as many requests run at once as there are connections; on 2 cores the scheduler then slices them and the slowest
 * 1% waited 9-15 ms at 16 connections. Few workers taking requests in turn from one queue halved that, at the same
 * requests/s. Delayed answers (stubs added through the admin API) do not hold a worker: the server answers them
 * asynchronously.
 */
public final class WorkerThreads implements ThreadPoolFactory {
    /** Threads Jetty leases from the pool for the HTTP connector: one acceptor, and the two selectors WireMock sets. */
    public static final int ACCEPTORS = 1;
    private static final int SELECTORS = 2;

    private final int workers;

    public WorkerThreads(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker thread, not " + workers);
        }
        this.workers = workers;
    }

    /** One more than the cores: a worker that waits on the network does not leave a core idle. */
    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    @Override
    public ThreadPool buildThreadPool(Options options) {
        int threads = ACCEPTORS + SELECTORS + workers;
        QueuedThreadPool pool = new ExitOnOutOfMemory(threads);
        pool.setName("docmock");
        return pool;
    }

    /**
     * Jetty catches whatever a job throws and goes on; after an OutOfMemoryError that leaves a process that
     * answers nothing and no longer stops on SIGTERM. Better to exit, saying why, so that a supervisor restarts it.
     */
    private static final class ExitOnOutOfMemory extends QueuedThreadPool {
        ExitOnOutOfMemory(int threads) {
            super(threads, threads, 60_000, 0, null, null);
        }

        @Override
        protected void runJob(Runnable job) {
            try {
                super.runJob(job);
            } catch (OutOfMemoryError e) {
                System.err.println("docmock: out of memory (" + e.getMessage() + "); exiting so that it can be"
                        + " restarted. Give the JVM more heap (-Xmx) or serve fewer pages.");
                Runtime.getRuntime().halt(3);
            }
        }
    }
}
