package io.docmock.parser.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import io.docmock.model.Diagnostic;
import io.docmock.model.Operation;
import io.docmock.model.SkippedPage;
import io.docmock.model.WsdlDocument;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProtectionDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The pages read at the last start, so that a start reads only what changed: one file per set of docs folders in a
 * cache folder, each page's result kept with the size, modification time and identity on disk of the page and of
 * every file it tried to include. A page is taken from the cache only when all of those are still the same; the
 * cache is also dropped whole when the parser's code or its options differ. An unreadable cache file is read as
 * empty. Binary JSON (Smile) in shards, which are decoded on every core.
 */
public final class ParseCache {
    private static final String FORMAT = "docmock-parse-cache/1";
    private static final Duration UNUSED = Duration.ofDays(30);
    /** Entries per shard: shards are read on every core, each one a Smile (binary JSON) document. */
    private static final int SHARD = 500;
    private static final ObjectMapper SMILE = SmileMapper.builder(SmileFactory.builder()
                    .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build())
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .build();

    /**
     * A file as it was when read: its size, modification time (nanoseconds) and identity on disk (device and
     * inode where the system has them: a page replaced by another file, even with the same size and time, is
     * another file); size -1 when it did not exist.
     */
    public record FileState(String path, long size, long modified, String identity) {
        static FileState of(Path file) {
            try {
                return of(file, Files.readAttributes(file, BasicFileAttributes.class));
            } catch (NoSuchFileException e) {
                return new FileState(file.toString(), -1, 0, "");
            } catch (IOException e) {
                return null;
            }
        }

        static FileState of(Path file, BasicFileAttributes attributes) {
            return new FileState(file.toString(), attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(attributes.fileKey()));
        }

        boolean unchanged() {
            return equals(of(Path.of(path)));
        }
    }

    /** One page's result and what it was read from. */
    record Entry(FileState page, List<FileState> includes, List<Operation> operations, SkippedPage skipped,
                 List<Diagnostic> warnings, WsdlDocument wsdl) {
    }

    /** One shard of the file. */
    record Shard(List<Entry> entries) {
    }

    private final Path file;
    private final String format;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();

    private ParseCache(Path file, String format, Map<String, Entry> previous) {
        this.file = file;
        this.format = format;
        this.previous = previous;
    }

    /** The cache of these docs folders in this cache folder; empty when there is none or it cannot be read. */
    public static ParseCache open(Path folder, List<Path> roots, long maxPageBytes) {
        StringBuilder key = new StringBuilder(FORMAT).append('\n').append(maxPageBytes).append('\n');
        for (Path root : roots) {
            key.append(root.toAbsolutePath().normalize()).append('\n');
        }
        String format = FORMAT + " " + codeVersion(Operation.class) + " " + codeVersion(ParseCache.class)
                + " " + maxPageBytes;
        Path file = folder.resolve(sha256(key.toString()) + ".cache");
        Map<String, Entry> previous = new ConcurrentHashMap<>();
        try {
            read(file, format).parallelStream().forEach(shard -> {
                try {
                    SMILE.readValue(shard, Shard.class).entries().forEach(e -> previous.put(e.page().path(), e));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            // no cache yet, or one from another version or cut short: the pages are read
            previous.clear();
        }
        return new ParseCache(file, format, previous);
    }

    /**
     * The file's shards, unread; none when it was written for other code or options. The file: the format, the
     * count of shards, then each shard's length, CRC-32 and bytes (a damaged shard is never decoded into pages).
     */
    private static List<byte[]> read(Path file, String format) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        long left = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!format.equals(in.readUTF())) {
                return List.of();
            }
            int count = in.readInt();
            List<byte[]> shards = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int length = in.readInt();
                long checksum = in.readLong();
                if (length < 0 || length > left) {
                    throw new IOException("cache file cut short or damaged");
                }
                byte[] shard = in.readNBytes(length);
                if (shard.length != length || crc(shard) != checksum) {
                    throw new IOException("cache file cut short or damaged");
                }
                shards.add(shard);
                left -= length;
            }
            return shards;
        }
    }

    /**
     * The page's result as read before, when neither it nor any file it tried to include has changed since;
     * {@code now} is the page as it is (from the folder walk).
     */
    public PageReader.PageResult lookup(FileState now) {
        Entry entry = now == null ? null : previous.get(now.path());
        if (entry == null || !entry.page().equals(now) || !entry.includes().stream().allMatch(FileState::unchanged)) {
            return null;
        }
        next.put(entry.page().path(), entry);
        Diagnostics diagnostics = new Diagnostics();
        entry.warnings().forEach(w -> diagnostics.warn(w.file(), w.line(), w.message()));
        return new PageReader.PageResult(entry.operations(), entry.skipped(), diagnostics, entry.wsdl());
    }

    /**
     * Keeps a page's result for the next start. {@code before} is the page as it was before it was read: a page
     * that changed while it was being read is not kept.
     */
    public void keep(Path page, FileState before, List<Path> includes, PageReader.PageResult result) {
        FileState after = FileState.of(page.toAbsolutePath().normalize());
        if (before == null || !before.equals(after) || recent(before)) {
            return;
        }
        List<FileState> included = new ArrayList<>();
        for (Path include : includes) {
            FileState state = FileState.of(include);
            if (state == null || recent(state)) {
                return;
            }
            included.add(state);
        }
        next.put(before.path(), new Entry(before, included, result.operations(), result.skipped(),
                List.copyOf(result.diagnostics().list()), result.wsdl()));
    }

    /**
     * Changed less than two seconds ago: file times are kept in ticks of a few milliseconds, so a page written
     * again within the tick of its reading would look unchanged (git's "racy" entries); such a page is read again
     * at the next start.
     */
    private static boolean recent(FileState state) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        return now - state.modified() < TimeUnit.SECONDS.toNanos(2);
    }

    /** A page as it is: from the attributes the folder walk saw, or read now. */
    public static FileState stateOf(Path page, BasicFileAttributes attributes) {
        Path path = page.toAbsolutePath().normalize();
        return attributes == null ? FileState.of(path) : FileState.of(path, attributes);
    }

    /**
     * Writes the pages of this run, unless they are exactly those read from the cache (then only its time is set,
     * which says it is in use); removes cache files of other docs folders unused for 30 days. A cache that cannot
     * be written only costs the next start its time.
     */
    public void save() {
        if (next.keySet().equals(previous.keySet()) && next.entrySet().stream()
                .allMatch(e -> e.getValue() == previous.get(e.getKey()))) {
            try {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } catch (IOException e) {
                // a cache file that looks unused is at worst read again from the pages
            }
            return;
        }
        List<Entry> entries = new ArrayList<>(next.values());
        entries.sort(Comparator.comparing(entry -> entry.page().path()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "writing-", ".tmp");
            try {
                write(temporary, entries);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            removeUnused();
        } catch (IOException e) {
            // the next start reads every page again
        }
    }

    /** The format, the count of shards, then each shard's length, CRC-32 and Smile bytes. */
    private void write(Path temporary, List<Entry> entries) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(temporary)))) {
            out.writeUTF(format);
            out.writeInt((entries.size() + SHARD - 1) / SHARD);
            for (int from = 0; from < entries.size(); from += SHARD) {
                byte[] shard = SMILE.writeValueAsBytes(new Shard(entries.subList(from,
                        Math.min(entries.size(), from + SHARD))));
                out.writeInt(shard.length);
                out.writeLong(crc(shard));
                out.write(shard);
            }
        }
    }

    private void removeUnused() throws IOException {
        Instant before = Instant.now().minus(UNUSED);
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path other : files.toList()) {
                String name = other.getFileName().toString();
                if ((name.endsWith(".cache") || name.endsWith(".tmp")) && !other.equals(file)
                        && Files.getLastModifiedTime(other).toInstant().isBefore(before)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    /**
     * What identifies the code that made a cache: the jar's size and time, or in a classes folder the newest file
     * in it, so that a parser built again never trusts what an older one read.
     */
    private static String codeVersion(Class<?> type) {
        try {
            ProtectionDomain domain = type.getProtectionDomain();
            Path location = Path.of(domain.getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            try (Stream<Path> files = Files.walk(location)) {
                return location + ":" + files.mapToLong(ParseCache::modifiedMillis).max().orElse(0);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime(); // never equal: no cache is trusted
        }
    }

    private static long modifiedMillis(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
