package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimContextTest {

    private static final String BODY = "The anti-Iran claims first emerged in July. Iranian Foreign Minister Hossein "
            + "Amir-Abdollahian on Friday rejected Western countries’ allegations of sending drones to Russia, saying "
            + "Ukraine should be careful.\n\nHe said that the policy is clear.";

    @Test
    void claimIsPlacedInItsSentence() {
        String claim = "rejected Western countries’ allegations of sending drones to Russia";
        int start = BODY.indexOf(claim);
        ClaimContext context = ClaimContext.around(BODY, start, start + claim.length());

        assertThat(context.text()).startsWith("Iranian Foreign Minister").endsWith("Ukraine should be careful.");
        assertThat(context.text().substring(context.claimStart(), context.claimEnd())).isEqualTo(claim);
    }

    @Test
    void aQuoteClosingMidSentenceDoesNotEndIt() {
        String body = "Sullivan said Iran would provide “up to several hundred drones” for use in the war. Next.";
        String claim = "for use in the war";
        int start = body.indexOf(claim);
        ClaimContext context = ClaimContext.around(body, start, start + claim.length());

        assertThat(context.text()).isEqualTo("Sullivan said Iran would provide “up to several hundred drones” for use in the war.");
    }

    @Test
    void offsetsOutsideTheBodyGiveNoContext() {
        assertThat(ClaimContext.around(BODY, 10, BODY.length() + 5)).isNull();
        assertThat(ClaimContext.around(null, 0, 1)).isNull();
    }
}
