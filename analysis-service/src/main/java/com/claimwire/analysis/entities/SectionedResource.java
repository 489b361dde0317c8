package com.claimwire.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the curated word-list resources of the analysis stages: {@code [section]} headers, one entry per line,
 * blank lines and {@code #} comments ignored. Sections keep their order, and so do their entries.
 */
public final class SectionedResource {

    private SectionedResource() {
    }

    /** The lines of a classpath resource, failing clearly when it is missing. */
    public static List<String> lines(String resource) {
        try (InputStream in = SectionedResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource not found on the classpath: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** The sections of a classpath resource, by name. */
    public static Map<String, List<String>> load(String resource) {
        return parse(lines(resource));
    }

    public static Map<String, List<String>> parse(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), name -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("entry outside a [section]: " + line);
            } else {
                current.add(line);
            }
        }
        sections.replaceAll((name, entries) -> Collections.unmodifiableList(entries));
        return Collections.unmodifiableMap(sections);
    }
}
