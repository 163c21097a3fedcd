package io.docmock.parser.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pages under the paths a user gives, and the names they go by in every message and answer: relative to the
 * folder given (its own name first, {@code docs/rest/X.md}), never an absolute path of the machine, and printable
 * on one line. A folder or file that cannot be read is a warning, not the end of the run.
 */
public final class DocsFolders {
    private DocsFolders() {
    }

    /** A page file, the name it goes by, and its attributes as the walk saw them (null for a file given). */
    public record Page(Path file, String name, BasicFileAttributes attributes) {
    }

    /** The {@code *.md} and {@code *.txt} files under these paths, sorted by name; files given are taken as they are. */
    public static List<Page> walk(List<Path> roots, Diagnostics diagnostics) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                List<Page> found = new ArrayList<>();
                // the folder given may be a link; links inside it are not followed (they could lead anywhere)
                Path start = root.toRealPath();
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String fileName = file.getFileName().toString();
                        if (attributes.isRegularFile() && (fileName.endsWith(".md") || fileName.endsWith(".txt"))) {
                            found.add(new Page(file, nameUnder(root, start, file), attributes));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        diagnostics.warn(nameUnder(root, start, file), 1, "cannot read this folder or file; left out ("
                                + printable(String.valueOf(e.getMessage())) + ")");
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(Comparator.comparing(Page::file));
                pages.addAll(found);
            } else if (Files.isRegularFile(root)) {
                pages.add(new Page(root, printable(String.valueOf(root.getFileName())), null));
            } else {
                throw new NoSuchFileException(root.toString());
            }
        }
        return pages;
    }

    /** Where includes may be read from: the folders given, and the folder of each file given. */
    public static List<Path> includeRoots(List<Path> roots) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (Path root : roots) {
            Path folder = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
            if (folder != null) {
                folders.add(folder.toRealPath());
            }
        }
        return folders;
    }

    /**
     * A file's name as the folder given names it: {@code docs/rest/X.md} for {@code /home/me/docs/rest/X.md};
     * {@code start} is where the folder really is, the folder itself or where its link leads.
     */
    static String nameUnder(Path root, Path start, Path file) {
        Path folderName = root.toAbsolutePath().normalize().getFileName();
        String relative = start.relativize(file).toString().replace('\\', '/');
        return printable(folderName == null ? relative : relative.isEmpty() ? folderName.toString()
                : folderName + "/" + relative);
    }

    /** The text with control characters escaped, so that a file name keeps a message on one line. */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
