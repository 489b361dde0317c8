package com.claimwire.ingest.parsing.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** One JSON object per line, fields in the order they were put. */
final class JsonLines {

    private static final JsonMapper JSON = JsonMapper.shared();

    private JsonLines() {
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    static void print(PrintStream out, Map<String, Object> line) {
        out.println(JSON.writeValueAsString(line));
    }

    /** How a command turns one source's bytes into its line; a checked failure is that source's error line. */
    @FunctionalInterface
    interface SourceDescriber {
        Map<String, Object> describe(String source, byte[] content) throws Exception;
    }

    /**
     * Reads each source and prints its line, or its error line, so that one bad source never stops the others.
     *
     * @return {@code true} when every source was described
     */
    static boolean printEach(List<String> sources, PrintStream out, SourceDescriber describer) {
        SourceReader reader = new SourceReader();
        boolean allDescribed = true;
        for (String source : sources) {
            Map<String, Object> line;
            try {
                line = describer.describe(source, reader.read(source));
            } catch (RuntimeException unexpected) {
                line = error(source, "internal error: " + unexpected);
                allDescribed = false;
            } catch (Exception e) {
                line = error(source, e.getMessage());
                allDescribed = false;
            }
            print(out, line);
        }
        out.flush();
        return allDescribed;
    }

    static Map<String, Object> error(String source, String reason) {
        Map<String, Object> line = object();
        line.put("source", source);
        line.put("error", reason);
        return line;
    }
}
