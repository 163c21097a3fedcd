package io.docmock.mock;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes stub groups as WireMock mapping files, {@code DIR/mappings/<group>.json}, each a
 * {@code {"mappings": [...]}} document that stock WireMock loads with {@code --root-dir DIR}.
 */
public final class MappingFiles {
    private MappingFiles() {
    }

    /** Writes one file per group and returns the files, in the groups' order. */
    public static List<Path> write(Path rootDir, List<StubGroup> groups) throws IOException {
        Path mappings = rootDir.resolve("mappings");
        Files.createDirectories(mappings);
        Set<String> used = new HashSet<>();
        List<Path> files = new java.util.ArrayList<>();
        for (StubGroup group : groups) {
            String name = fileName(group.name());
            while (!used.add(name.toLowerCase(Locale.ROOT))) {
                name = name + "_";
            }
            Path file = mappings.resolve(name + ".json");
            Files.writeString(file, json(group.stubs()), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    static String json(List<StubMapping> stubs) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("mappings", stubs);
        return Json.write(document).replace("\r\n", "\n") + "\n";
    }

    /** A file name of the group name's safe characters. */
    static String fileName(String groupName) {
        String safe = groupName.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
