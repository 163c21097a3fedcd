package io.docmock.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code connections} keep-alive connections, each sending its next request as soon as the
 * last answer is read, for a fixed time. Bounded in time, loopback only.
 */
final class LoadClient {
    record Result(long requests, long errors, double seconds, long p50Micros, long p99Micros) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private LoadClient() {
    }

    static Result run(int port, HttpTarget.RawRequest request, int connections, double seconds)
            throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger errors = new AtomicInteger();
        List<long[]> latencies = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            long[] samples = new long[200_000];
            int[] count = new int[1];
            latencies.add(samples);
            counts.add(count);
            Thread thread = new Thread(() -> {
                try (HttpTarget target = new HttpTarget(port)) {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        int status = target.exchange(request);
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (count[0] < samples.length) {
                            samples[count[0]++] = micros;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = counts.stream().mapToInt(c -> c[0]).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < latencies.size(); i++) {
            System.arraycopy(latencies.get(i), 0, all, at, counts.get(i)[0]);
            at += counts.get(i)[0];
        }
        Arrays.sort(all);
        long p50 = total == 0 ? 0 : all[(int) (total * 0.50)];
        long p99 = total == 0 ? 0 : all[Math.min(total - 1, (int) (total * 0.99))];
        return new Result(total, errors.get(), elapsed, p50, p99);
    }
}
