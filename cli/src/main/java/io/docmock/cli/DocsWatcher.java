package io.docmock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders the mock serves and calls back once the pages stop changing for a moment: a save that writes
 * several files, or one file in several steps, is one reload. New folders are watched as they appear.
 */
final class DocsWatcher implements AutoCloseable {
    /** Quiet this long after the last change before reloading: editors write in steps. */
    private static final long SETTLE_MILLIS = 150;
    private final WatchService watcher;
    private final Runnable reload;
    private final PrintWriter err;
    private final Thread thread;

    DocsWatcher(List<Path> roots, Runnable reload, PrintWriter err) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.reload = reload;
        this.err = err;
        for (Path root : roots) {
            registerTree(Files.isDirectory(root) ? root : root.toAbsolutePath().getParent());
        }
        this.thread = new Thread(this::run, "docmock-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                drain(watcher.take());
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    reload.run();
                } catch (RuntimeException e) {
                    err.println("docmock: the docs could not be read again (the last good ones are served): "
                            + e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the mock is stopping
        }
    }

    private void drain(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && key.watchable() instanceof Path folder
                    && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(folder.resolve(name))) {
                try {
                    registerTree(folder.resolve(name));
                } catch (IOException e) {
                    err.println("docmock: cannot watch " + folder.resolve(name) + ": " + e.getMessage());
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watch service we own; nothing to do
        }
    }
}
