package com.claimwire.ingest.parsing.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
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

    static Map<String, Object> error(String source, String reason) {
        Map<String, Object> line = object();
        line.put("source", source);
        line.put("error", reason);
        return line;
    }
}
