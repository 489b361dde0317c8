package com.claimwire.ingest.parsing.pages;

import com.claimwire.ingest.parsing.ExtractedArticle;
import java.util.Optional;
import org.jsoup.nodes.Document;

/** Assembles an {@link ExtractedArticle} from a parsed page. */
public final class PageArticles {

    private PageArticles() {
    }

    public static ExtractedArticle extract(Document document, String pageUrl) {
        PageMetadata metadata = new PageMetadata(document);
        String body = betterOf(MainText.of(document), metadata.linkedDataBody().orElse(""));
        String language = language(metadata.declaredLanguage(), LanguageGuess.of(body));
        return new ExtractedArticle(metadata.title(), body, metadata.byline(), metadata.publishedAt(),
                metadata.canonicalUrl(pageUrl), language);
    }

    /**
     * The text found by content scoring, unless the page's JSON-LD {@code articleBody} is much longer: that
     * field is often a truncated teaser, so it only wins when scoring clearly missed the article (a page that
     * renders its text with script, or splits it beyond what scoring can join).
     */
    private static String betterOf(String scored, String linkedData) {
        return linkedData.length() > 2 * scored.length() ? linkedData.strip() : scored;
    }

    /**
     * The declared language, unless the text clearly says otherwise: templates often declare the site's default
     * language on every page, whatever the article is written in.
     */
    private static String language(Optional<String> declared, Optional<LanguageGuess.Guess> guess) {
        if (guess.isPresent() && (guess.get().confident() || declared.isEmpty())) {
            return guess.get().language();
        }
        return declared.orElse(null);
    }
}
