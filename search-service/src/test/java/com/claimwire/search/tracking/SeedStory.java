package com.claimwire.search.tracking;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Entity;
import com.claimwire.contracts.EntityKind;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.embeddings.MiniLmClaimEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo story as claim events: Friday's report (the denial, with the US allegation as background), then the
 * seed article (the admission), from {@code demo/}. Claim spans are the real text of the articles; the seed's
 * come from its hand annotations. Embeddings are computed with the same MiniLM model the analysis service uses.
 */
public final class SeedStory {

    /** The denial reported on Friday, Iran's foreign minister speaking. */
    public static final String FRIDAY_DENIAL =
            "rejected Western countries’ allegations of sending drones to Russia for use against Ukraine";
    /** Jake Sullivan's allegation, as both articles give it. */
    public static final String US_ALLEGATION = "the Islamic Republic was preparing to provide Russia with “up to "
            + "several hundred drones, including weapons-capable UAVs on an expedited timeline” for use in the war";
    /** The head of the allegation clause, as the seed annotation marks it. */
    private static final String US_ALLEGATION_HEAD = "the Islamic Republic was preparing to provide Russia with";
    /** The admission on Saturday. */
    public static final String ADMISSION =
            "We provided Russia with a small number of drones months before the start of the Ukraine war";
    public static final String GOVERNMENTS_DENIAL =
            "Both Iran and Russia have repeatedly rejected claims that Tehran has provided Moscow with drones";

    /** Background the minister gave in the seed, as the claims engine extracts it: neither affirms nor denies. */
    public static final String AGREED_ON_DOCUMENTS = "We agreed with the Foreign Minister of Ukraine that if they have "
            + "any documents that Russia has used Iranian drones in Ukraine [war], they provide it to us.";
    public static final String REASON_FOR_ABSENCE = "The reason was that the US and some European countries, especially "
            + "Germany, told Ukraine that while we [West] want to use drones against Iran, you want to drink coffee in "
            + "a European country!";

    public static final String MINISTER = "Hossein Amir-Abdollahian";
    public static final String MINISTER_ROLE = "Iranian Foreign Minister";
    private static final Map<String, List<String>> ENTITY_NAMES = entityNames();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MiniLmClaimEmbedder embedder;

    /** One article of the story, as pushed by the demo. */
    public record Article(String url, String title, String body, Instant publishedAt, String source) {

        public String id() {
            return ClaimIds.articleId(url);
        }

        /** The same article syndicated under another URL by another outlet. */
        public Article copy(String otherUrl, String otherSource, Instant otherTime) {
            return new Article(otherUrl, title, body, otherTime, otherSource);
        }
    }

    private record Row(String text, ClaimType type, String speaker, SpeakerKind kind, String role) {
    }

    private final Article friday;
    private final Article seed;
    private final List<Row> fridayRows;
    private final List<Row> seedRows;

    private SeedStory(Article friday, Article seed, List<Row> seedRows) {
        this.friday = friday;
        this.seed = seed;
        this.fridayRows = List.of(
                new Row(FRIDAY_DENIAL, ClaimType.DENIAL, MINISTER, SpeakerKind.PERSON, MINISTER_ROLE),
                new Row("Ukraine should be careful not to be influenced by some extreme European politicians",
                        ClaimType.ASSERTION, MINISTER, SpeakerKind.PERSON, MINISTER_ROLE),
                new Row("the foreign policy of the Islamic Republic is completely clear",
                        ClaimType.ASSERTION, MINISTER, SpeakerKind.PERSON, MINISTER_ROLE),
                new Row("Tehran is ready to hold technical meetings with the presence of military experts",
                        ClaimType.COMMITMENT, MINISTER, SpeakerKind.PERSON, MINISTER_ROLE),
                new Row(US_ALLEGATION, ClaimType.ALLEGATION, "Jake Sullivan", SpeakerKind.PERSON,
                        "US National Security Advisor"),
                new Row(GOVERNMENTS_DENIAL, ClaimType.DENIAL, "Iran", SpeakerKind.GOVERNMENT, null));
        this.seedRows = seedRows;
    }

    /** Loads the story from the repository's {@code demo/} directory. */
    public static SeedStory load() {
        Path demo = repositoryDir().resolve("demo");
        try {
            List<String> lines = Files.readAllLines(demo.resolve("articles.jsonl")).stream()
                    .filter(line -> !line.isBlank()).toList();
            Article friday = article(JSON.readTree(lines.get(0)));
            Article seed = article(JSON.readTree(lines.get(1)));
            JsonNode annotated = JSON.readTree(Files.readString(demo.resolve("seed-article.json")));
            List<Row> seedRows = new ArrayList<>();
            for (JsonNode claim : annotated.get("claims")) {
                String evidence = claim.get("evidence").asString();
                String speaker = claim.get("speaker").get(0).asString();
                boolean government = ENTITY_NAMES.containsKey(speaker);
                seedRows.add(new Row(
                        // The annotation marks only the head of the allegation clause; the claim is the whole clause.
                        evidence.equals(US_ALLEGATION_HEAD) ? US_ALLEGATION : evidence,
                        ClaimType.valueOf(claim.get("types").get(0).asString()),
                        speaker,
                        government ? SpeakerKind.GOVERNMENT : SpeakerKind.PERSON,
                        speaker.equals(MINISTER) ? MINISTER_ROLE
                                : speaker.equals("Jake Sullivan") ? "US National Security Advisor" : null));
            }
            return new SeedStory(friday, seed, seedRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Article friday() {
        return friday;
    }

    public Article seed() {
        return seed;
    }

    /** The claims of Friday's report, in body order. */
    public List<ClaimExtracted> fridayClaims() {
        return claims(friday, fridayRows);
    }

    /** The claims of the seed article, in body order. */
    public List<ClaimExtracted> seedClaims() {
        return claims(seed, seedRows);
    }

    /** The claims Friday's report carries when syndicated as {@code copy} of the original. */
    public List<ClaimExtracted> fridayClaimsAsCopy(Article copy) {
        return claims(copy, fridayRows).stream().map(event -> new ClaimExtracted(event.schemaVersion(),
                event.articleId(), event.articleVersion(), event.articleUrl(), event.articleTitle(), event.source(),
                event.language(), event.publishedAt(), event.receivedAt(), friday.id(), event.claim())).toList();
    }

    /** The enriched article the analysis service publishes for {@code article} with {@code claims}. */
    public static ArticleAnalyzed analyzed(Article article, List<ClaimExtracted> claims) {
        List<String> entities = claims.stream().flatMap(event -> event.claim().entities().stream()).distinct().toList();
        return new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, article.id(), 1, article.url(), article.title(),
                article.body(), article.publishedAt(), article.source(), "en",
                claims.isEmpty() ? null : claims.get(0).duplicateOf(), article.publishedAt(),
                entities.stream().map(name -> new Entity(name, EntityKind.COUNTRY, 1)).toList(), List.of(),
                claims.stream().map(ClaimExtracted::claim).toList(),
                new ArticleAnalyzed.Analysis("seed-story-fixture", 0, false, null));
    }

    /** The claim of {@code claims} whose text is {@code text}. */
    public static ClaimExtracted find(List<ClaimExtracted> claims, String text) {
        return claims.stream().filter(event -> event.claim().text().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no claim " + text));
    }

    /** A claim event for {@code text} found in {@code article}, with a real embedding. */
    public static ClaimExtracted claim(Article article, String text, ClaimType type, String speaker,
            SpeakerKind kind, String role) {
        return claims(article, List.of(new Row(text, type, speaker, kind, role))).get(0);
    }

    private static List<ClaimExtracted> claims(Article article, List<Row> rows) {
        List<ClaimExtracted> events = new ArrayList<>();
        for (Row row : rows) {
            int start = article.body().indexOf(row.text());
            if (start < 0) {
                throw new IllegalStateException("claim text not in " + article.url() + ": " + row.text());
            }
            int end = start + row.text().length();
            Claim claim = new Claim(ClaimIds.claimId(article.id(), start, end), row.text(), start, end, false,
                    row.type(), null, new Speaker(row.speaker(), row.kind(), row.role(), null),
                    entitiesIn(row.text()), List.of(), 0.9, embed(row.text()));
            events.add(new ClaimExtracted(ClaimExtracted.SCHEMA_VERSION, article.id(), 1, article.url(),
                    article.title(), article.source(), "en", article.publishedAt(), article.publishedAt(), null, claim));
        }
        return events;
    }

    /** The canonical names of the story's entities that {@code text} mentions, as the entity recogniser gives them. */
    static List<String> entitiesIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        ENTITY_NAMES.forEach((name, surfaces) -> {
            if (surfaces.stream().anyMatch(surface -> lower.contains(surface.toLowerCase(Locale.ROOT)))) {
                found.add(name);
            }
        });
        return found;
    }

    private static Map<String, List<String>> entityNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("Iran", List.of("Iran", "Tehran", "Islamic Republic"));
        names.put("Russia", List.of("Russia", "Moscow"));
        names.put("Ukraine", List.of("Ukrain"));
        names.put("United States", List.of("US ", "Washington"));
        names.put("Germany", List.of("Germany"));
        return names;
    }

    /** A sentence embedding from the MiniLM model the analysis service embeds claims with. */
    public static synchronized float[] embed(String text) {
        if (embedder == null) {
            embedder = new MiniLmClaimEmbedder();
        }
        return embedder.embed(List.of(text)).get(0);
    }

    private static Article article(JsonNode node) {
        return new Article(node.get("url").asString(), node.get("title").asString(), node.get("body").asString(),
                Instant.parse(node.get("publishedAt").asString()), node.get("source").asString());
    }

    /** The repository root: {@code claimwire.repo.dir} when the build sets it, else the module's parent. */
    public static Path repositoryDir() {
        String configured = System.getProperty("claimwire.repo.dir");
        return configured != null ? Path.of(configured) : Path.of("..").toAbsolutePath().normalize();
    }
}
