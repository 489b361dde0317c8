package com.claimwire.ingest.support;

import com.claimwire.contracts.EventCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Small builders of pushed articles with unique URLs and bodies, so that tests never see each other's data. */
public final class TestArticles {

    private static final String[] WORDS = ("minister said officials denied drones missiles talks embassy agreed"
            + " reported according statement government spokesman sanctions council vote parliament border troops"
            + " ceasefire economy inflation prices exports imports harvest cocoa coffee shares market bank rates"
            + " election candidate campaign court ruling appeal police protest city region northern southern week"
            + " month year official source deal contract energy oil gas pipeline supply demand growth forecast")
            .split(" ");

    private TestArticles() {
    }

    public static String uniqueUrl() {
        return "https://news.example.com/" + UUID.randomUUID() + "/story";
    }

    /** A body of {@code words} words that shares no run of three words with another call's, by chance. */
    public static String uniqueBody(int words) {
        Random random = new Random(UUID.randomUUID().getLeastSignificantBits());
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < words; i++) {
            body.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            if (i % 12 == 11) {
                body.append('.');
            }
        }
        return body.append('.').toString();
    }

    public static Map<String, Object> article(String url, String title, String body) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", url);
        article.put("title", title);
        article.put("body", body);
        return article;
    }

    public static String json(Object value) {
        return EventCodec.encodeToString(value);
    }
}
