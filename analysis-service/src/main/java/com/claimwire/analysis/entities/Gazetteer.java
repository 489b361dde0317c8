package com.claimwire.analysis.entities;

import com.claimwire.contracts.EntityKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The curated names of countries, organisations, places and people ({@code entities/gazetteer.txt}), as a
 * token trie for longest-match lookup. Immutable once loaded.
 */
final class Gazetteer {

    /**
     * An entity the gazetteer knows.
     *
     * @param country for a person, the country whose office they hold (so "the Russian leader" can be Putin); else null
     */
    record Known(String name, EntityKind kind, String country) {
    }

    /** One way of writing a known entity's name, with the case its words must have in the text. */
    record Variant(List<String> words, Known entity, boolean contextual) {

        boolean accepts(List<NameToken> tokens, int from) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                NameToken token = tokens.get(from + i);
                if (i > 0 && !token.joined()) {
                    return false;
                }
                if (isShortAcronym(word) ? !token.text().equals(word) : Character.isUpperCase(word.codePointAt(0)) && !token.capitalised()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isShortAcronym(String word) {
            int letters = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
            return letters >= 2 && letters <= 3;
        }
    }

    /** A gazetteer name found in a text: tokens {@code [from, to)}. */
    record Match(Variant variant, int from, int to) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Variant> variants = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final Map<String, Known> byName = new HashMap<>();

    static Gazetteer load(String resource) {
        Gazetteer gazetteer = new Gazetteer();
        for (String line : SectionedResource.lines(resource)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                gazetteer.add(entry);
            }
        }
        return gazetteer;
    }

    /** Reads one "KIND | name | aliases | demonyms | metonyms | contextual" line; a person's fourth column is a country. */
    private void add(String line) {
        String[] columns = line.split("\\|", -1);
        if (columns.length < 2) {
            throw new IllegalArgumentException("gazetteer line needs at least a kind and a name: " + line);
        }
        EntityKind kind = EntityKind.valueOf(columns[0].strip().toUpperCase(Locale.ROOT));
        boolean person = kind == EntityKind.PERSON;
        String country = person && columns.length > 3 && !columns[3].isBlank() ? columns[3].strip() : null;
        if (country != null && (byName(country) == null || byName(country).kind() != EntityKind.COUNTRY)) {
            throw new IllegalArgumentException("gazetteer names no country " + country + " (listed before its people): " + line);
        }
        Known entity = new Known(columns[1].strip(), kind, country);
        if (byName.putIfAbsent(NameToken.fold(entity.name()), entity) != null) {
            throw new IllegalArgumentException("gazetteer lists " + entity.name() + " twice");
        }
        List<String> contextual = list(columns, 5);
        List<String> names = new ArrayList<>();
        names.add(entity.name());
        names.addAll(list(columns, 2));
        names.addAll(list(columns, 4));
        for (String demonym : person ? List.<String>of() : list(columns, 3)) {
            names.add(demonym);
            if (!demonym.matches(".*(s|sh|ch|ese|x|z)$")) {
                names.add(demonym + "s");
            }
        }
        for (String name : names) {
            if (!contextual.contains(name)) {
                put(name, entity, false);
            }
        }
        contextual.forEach(name -> put(name, entity, true));
    }

    private static List<String> list(String[] columns, int index) {
        if (index >= columns.length || columns[index].isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(columns[index].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void put(String name, Known entity, boolean contextual) {
        List<NameToken> tokens = NameToken.tokenize(name);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("gazetteer name without words: " + name);
        }
        Node node = root;
        for (NameToken token : tokens) {
            node = node.children.computeIfAbsent(token.key(), key -> new Node());
        }
        for (Variant existing : node.variants) {
            if (!existing.entity().equals(entity)) {
                throw new IllegalArgumentException("gazetteer name '" + name + "' names both " + existing.entity().name()
                        + " and " + entity.name());
            }
        }
        node.variants.add(new Variant(tokens.stream().map(NameToken::text).toList(), entity, contextual));
    }

    /** Every gazetteer name starting at token {@code from}, longest first. */
    List<Match> matchesAt(List<NameToken> tokens, int from) {
        List<Match> matches = new ArrayList<>(2);
        Node node = root;
        for (int i = from; i < tokens.size(); i++) {
            node = node.children.get(tokens.get(i).key());
            if (node == null) {
                break;
            }
            for (Variant variant : node.variants) {
                if (variant.accepts(tokens, from)) {
                    matches.add(0, new Match(variant, from, i + 1));
                    break;
                }
            }
        }
        return matches;
    }

    /** The entity whose canonical name this is, if any. */
    Known byName(String name) {
        return byName.get(NameToken.fold(name));
    }
}
