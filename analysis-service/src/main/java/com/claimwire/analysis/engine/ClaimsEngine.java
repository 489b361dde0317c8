package com.claimwire.analysis.engine;

import com.claimwire.analysis.claims.Attribution;
import com.claimwire.analysis.claims.AttributionExtractor;
import com.claimwire.analysis.claims.SpeakerResolver;
import com.claimwire.analysis.entities.EntityMention;
import com.claimwire.analysis.entities.EntityRecognizer;
import com.claimwire.analysis.entities.GazetteerEntityRecognizer;
import com.claimwire.analysis.stance.ClaimTypeClassifier;
import com.claimwire.analysis.stance.LexicalClaimTypeClassifier;
import com.claimwire.analysis.text.Paragraph;
import com.claimwire.analysis.text.TextDocument;
import com.claimwire.analysis.topics.TaxonomyTopicTagger;
import com.claimwire.analysis.topics.TopicTagger;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Entity;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.TextSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The claims engine: from a raw article to its claims (content, speaker, cue, type, entities, topics),
 * the entities and topics of the whole article. Pure Java, thread-safe, and total: it never throws; when the
 * time budget runs out or a stage fails, the result holds what was done and is marked partial with the
 * reason. Embeddings are left to the caller.
 */
public final class ClaimsEngine {

    public static final String VERSION = "claims-1";

    /** Context handed to the type classifier: the paragraph, capped for pathological paragraphs. */
    private static final int MAX_CONTEXT = 2000;
    /** Topic tagging of the whole article reads its beginning; a 5 MB body is not read in full. */
    private static final int MAX_TOPIC_TEXT = 50_000;
    /** Budgets beyond this are treated as this, so the deadline arithmetic cannot overflow. */
    private static final Duration MAX_BUDGET = Duration.ofDays(1);

    private final AttributionExtractor extractor = new AttributionExtractor();
    private final EntityRecognizer recognizer;
    private final TopicTagger tagger;
    private final ClaimTypeClassifier classifier;
    private final SpeakerResolver resolver;
    private final ClaimGranularity granularity;

    public ClaimsEngine(EntityRecognizer recognizer, TopicTagger tagger, ClaimTypeClassifier classifier) {
        this(recognizer, tagger, classifier, ClaimGranularity.SENTENCE);
    }

    public ClaimsEngine(EntityRecognizer recognizer, TopicTagger tagger, ClaimTypeClassifier classifier,
            ClaimGranularity granularity) {
        this.granularity = Objects.requireNonNull(granularity, "granularity");
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.resolver = new SpeakerResolver(recognizer);
    }

    /** The engine with the curated gazetteer, the topic taxonomy and the lexical stance classifier. */
    public static ClaimsEngine withDefaults() {
        return withDefaults(ClaimGranularity.SENTENCE);
    }

    /** The default engine, reporting claims at {@code granularity}. */
    public static ClaimsEngine withDefaults(ClaimGranularity granularity) {
        return new ClaimsEngine(GazetteerEntityRecognizer.withDefaults(), TaxonomyTopicTagger.withDefaults(),
                LexicalClaimTypeClassifier.withDefaults(), granularity);
    }

    /** Analyses one article within {@code budget}; never throws. */
    public ArticleAnalyzed analyze(ArticleReceived article, Duration budget) {
        if (article == null) {
            return new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, null, 1, null, null, "", null, null, null, null,
                    null, List.of(), List.of(), List.of(), new ArticleAnalyzed.Analysis(VERSION, 0, true, "no article"));
        }
        long started = System.nanoTime();
        Duration limit = budget == null || budget.isNegative() ? Duration.ZERO : budget.compareTo(MAX_BUDGET) > 0 ? MAX_BUDGET : budget;
        long deadline = started + limit.toNanos();
        BooleanSupplier outOfTime = () -> System.nanoTime() - deadline > 0;
        String body = article.body() == null ? "" : article.body();
        Progress progress = new Progress();
        List<Claim> claims = List.of();
        List<Entity> entities = List.of();
        List<String> topics = List.of();
        try {
            TextDocument doc = TextDocument.of(body);
            AttributionExtractor.Extraction extraction = extractor.extract(doc, outOfTime);
            if (!extraction.complete()) {
                progress.partial("time budget of " + limit.toMillis() + " ms ran out during claim extraction");
            }
            List<EntityMention> mentions = List.of();
            if (outOfTime.getAsBoolean()) {
                progress.partial("time budget of " + limit.toMillis() + " ms ran out before entity recognition");
            } else {
                mentions = new ArrayList<>(progress.stage("entity recognition", List.of(), () -> recognizer.recognize(body)));
                mentions.sort(Comparator.comparingInt(EntityMention::start));
            }
            entities = articleEntities(mentions);
            List<EntityMention> found = mentions;
            List<Attribution> attributions = Quotations.join(doc, extraction.attributions(), granularity);
            List<Speaker> speakers = progress.stage("speaker resolution", List.of(),
                    () -> resolver.resolve(doc, attributions, found));
            claims = claims(article, doc, attributions, speakers, mentions, outOfTime, progress, limit);
            String title = article.title() == null ? "" : article.title();
            String topicText = title + "\n\n" + body.substring(0, Math.min(body.length(), MAX_TOPIC_TEXT));
            topics = outOfTime.getAsBoolean() ? List.of() : progress.stage("topic tagging", List.of(), () -> tagger.tag(topicText));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            progress.partial("analysis failed: " + e);
        }
        long took = (System.nanoTime() - started) / 1_000_000;
        return new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, article.id(), Math.max(1, article.version()),
                article.url(), article.title(), body, article.publishedAt(), article.source(), article.language(),
                article.duplicateOf(), article.receivedAt(), entities, topics, claims,
                new ArticleAnalyzed.Analysis(VERSION, took, progress.reason != null, progress.reason));
    }

    private List<Claim> claims(ArticleReceived article, TextDocument doc, List<Attribution> attributions,
            List<Speaker> speakers, List<EntityMention> mentions, BooleanSupplier outOfTime, Progress progress, Duration limit) {
        String body = doc.body();
        List<Claim> claims = new ArrayList<>(attributions.size());
        int cursor = 0;
        for (int i = 0; i < attributions.size(); i++) {
            if (outOfTime.getAsBoolean()) {
                progress.partial("time budget of " + limit.toMillis() + " ms ran out after " + i + " of "
                        + attributions.size() + " claims");
                break;
            }
            Attribution a = attributions.get(i);
            if (i >= speakers.size()) {
                break;
            }
            Speaker speaker = speakers.get(i);
            String content = body.substring(a.start(), a.end());
            TextSpan cue = a.hasCue() ? TextSpan.of(body, a.cueStart(), a.cueEnd()) : null;
            Paragraph paragraph = doc.paragraphs().get(doc.paragraphAt(a.start()));
            String context = body.substring(Math.max(paragraph.start(), a.start() - MAX_CONTEXT / 2),
                    Math.min(paragraph.end(), a.end() + MAX_CONTEXT / 2));
            String sentence = body.substring(a.sentenceStart(), a.sentenceEnd());
            ClaimTypeClassifier.Decision decision = progress.stage("claim typing", null, () -> classifier.classify(
                    new ClaimTypeClassifier.Input(cue == null ? "" : cue.text(), content, sentence, context, a.direct(),
                            speaker.name())));
            ClaimType type = decision == null || decision.type() == null ? ClaimType.ASSERTION : decision.type();
            double typeConfidence = decision == null ? 0.5 : decision.confidence();
            while (cursor < mentions.size() && mentions.get(cursor).end() <= a.start()) {
                cursor++;
            }
            Set<String> about = new LinkedHashSet<>();
            for (int k = cursor; k < mentions.size() && mentions.get(k).start() < a.end(); k++) {
                if (mentions.get(k).end() <= a.end()) {
                    about.add(mentions.get(k).canonicalName());
                }
            }
            List<String> claimTopics = progress.stage("topic tagging", List.of(), () -> tagger.tag(content));
            double confidence = extractionConfidence(a) * (0.5 + 0.5 * Math.max(0, Math.min(1, typeConfidence)));
            claims.add(new Claim(ClaimIds.claimId(article.id(), a.start(), a.end()), content, a.start(), a.end(),
                    a.direct(), type, cue, speaker, List.copyOf(about), claimTopics,
                    Math.round(confidence * 1000) / 1000.0, null));
        }
        return claims;
    }

    private static double extractionConfidence(Attribution a) {
        if (!a.hasCue()) {
            return 0.6;
        }
        return a.direct() ? 0.9 : 0.8;
    }

    private static List<Entity> articleEntities(List<EntityMention> mentions) {
        Map<String, Entity> byName = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            byName.merge(mention.canonicalName() + '\u0000' + mention.kind(),
                    new Entity(mention.canonicalName(), mention.kind(), 1),
                    (a, b) -> new Entity(a.name(), a.kind(), a.mentions() + 1));
        }
        return List.copyOf(byName.values());
    }

    /** What went wrong so far; a failing stage gives its fallback and marks the result partial. */
    private static final class Progress {
        private String reason;

        void partial(String why) {
            if (reason == null) {
                reason = why;
            }
        }

        <T> T stage(String name, T fallback, java.util.function.Supplier<T> work) {
            try {
                T result = work.get();
                return result == null ? fallback : result;
            } catch (RuntimeException | StackOverflowError e) {
                partial(name + " failed: " + e);
                return fallback;
            }
        }
    }
}
