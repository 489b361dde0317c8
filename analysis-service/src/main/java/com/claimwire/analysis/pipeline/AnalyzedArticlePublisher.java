package com.claimwire.analysis.pipeline;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;

/** Sends an analysed article to the enriched topic and each of its claims to the claims topic, keyed by article id. */
final class AnalyzedArticlePublisher {

    private final KafkaTemplate<String, byte[]> template;
    private final String enrichedTopic;
    private final String claimsTopic;

    AnalyzedArticlePublisher(KafkaTemplate<String, byte[]> template, KafkaTopicProperties topics) {
        this.template = template;
        this.enrichedTopic = topics.nameOf(Topics.ENRICHED_ARTICLES);
        this.claimsTopic = topics.nameOf(Topics.CLAIMS);
    }

    /** The sends, still in flight: the article counts as published once every one of them completes. */
    List<CompletableFuture<?>> publish(ArticleAnalyzed article) {
        List<ClaimExtracted> claims = ClaimExtracted.of(article);
        List<CompletableFuture<?>> sends = new ArrayList<>(claims.size() + 1);
        sends.add(template.send(enrichedTopic, article.key(), EventCodec.encode(article)));
        for (ClaimExtracted claim : claims) {
            sends.add(template.send(claimsTopic, claim.key(), EventCodec.encode(claim)));
        }
        return sends;
    }
}
