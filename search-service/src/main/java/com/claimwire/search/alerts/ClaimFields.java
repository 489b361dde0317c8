package com.claimwire.search.alerts;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.TermWeightor;

/**
 * How a tracked claim looks to alert rules: analysed text fields for the free-text query and role phrases,
 * lower-cased exact-value fields for the structured conditions. Rules and claims are analysed the same way here.
 */
final class ClaimFields {

    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String ENTITY_TEXT = "entity_text";
    static final String SPEAKER_TEXT = "speaker_text";
    static final String ROLE = "role";

    static final String SPEAKER = "speaker";
    static final String SPEAKER_KIND = "speaker_kind";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String ENTITY = "entity";
    static final String TOPIC = "topic";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";

    /** The fields the free-text query searches, with their weights (weights do not change what matches). */
    static final Map<String, Float> QUERY_FIELDS = Map.of(TEXT, 1f, TITLE, 1f, ENTITY_TEXT, 1f, SPEAKER_TEXT, 1f);

    private ClaimFields() {
    }

    /**
     * How the monitor's presearcher picks the term it indexes a rule under: rarely terms of fields with a handful of
     * values (status, type, speaker kind, language), which most claims share, so that a rule combining them with a
     * name, word or entity is only tried on claims that have that rarer term.
     */
    static TermWeightor presearchWeights() {
        return TermWeightor.combine(TermWeightor.fieldWeightor(0.01, Set.of(STATUS, TYPE, SPEAKER_KIND, LANGUAGE)),
                TermWeightor.DEFAULT);
    }

    /** English stemming and stop words, so that "sanction" in a rule matches "sanctions" in a claim. */
    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** The exact-value form of a condition value or a claim field. */
    static String exact(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The claim as a document for matching. */
    static Document document(ClaimTracked tracked) {
        ClaimExtracted extracted = tracked.extracted();
        var claim = extracted.claim();
        Document document = new Document();
        text(document, TEXT, claim.text());
        text(document, TITLE, extracted.articleTitle());
        claim.entities().forEach(entity -> text(document, ENTITY_TEXT, entity));
        var speaker = claim.speaker();
        if (speaker != null) {
            text(document, SPEAKER_TEXT, speaker.name());
            text(document, SPEAKER_TEXT, speaker.role());
            text(document, ROLE, speaker.role());
            exact(document, SPEAKER, speaker.name());
            exact(document, SPEAKER_KIND, speaker.kind() == null ? null : speaker.kind().name());
        }
        exact(document, TYPE, claim.type() == null ? null : claim.type().name());
        exact(document, STATUS, tracked.status() == null ? null : tracked.status().name());
        exactAll(document, ENTITY, claim.entities());
        exactAll(document, TOPIC, claim.topics());
        exact(document, SOURCE, extracted.source());
        exact(document, LANGUAGE, extracted.language());
        return document;
    }

    private static void text(Document document, String field, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void exact(Document document, String field, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new StringField(field, exact(value), Field.Store.NO));
        }
    }

    private static void exactAll(Document document, String field, Collection<String> values) {
        (values == null ? List.<String>of() : values).forEach(value -> exact(document, field, value));
    }
}
