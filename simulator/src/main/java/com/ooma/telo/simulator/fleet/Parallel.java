package com.ooma.telo.simulator.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One step on every hub through a small pool (agent starts and stops are CPU-bound: 2 cores). */
final class Parallel {
    interface Step<T> {
        void run(T t) throws Exception;
    }

    private Parallel() {}

    /** Runs {@code step} on each item, {@code threads} at a time; the first failure is thrown once all ended. */
    static <T> void each(List<T> items, int threads, Step<T> step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T t : items) {
                futures.add(pool.submit(() -> {
                    step.run(t);
                    return null;
                }));
            }
            Exception first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    first = first == null && e.getCause() instanceof Exception c ? c : first;
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
