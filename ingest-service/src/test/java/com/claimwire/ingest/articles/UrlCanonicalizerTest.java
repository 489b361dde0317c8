package com.claimwire.ingest.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://News.Example.COM/World/Story|https://news.example.com/World/Story",
            "https://example.com/story#comments|https://example.com/story",
            "https://example.com/story?utm_source=twitter&utm_medium=social&id=7|https://example.com/story?id=7",
            "https://example.com/story?fbclid=abc&gclid=def|https://example.com/story",
            "https://example.com/story?UTM_Campaign=x&page=2&msclkid=1|https://example.com/story?page=2",
            "http://example.com:80/a|http://example.com/a",
            "https://example.com:443/a|https://example.com/a",
            "https://example.com:8443/a|https://example.com:8443/a",
            "https://example.com|https://example.com/",
            "https://example.com/a/./b/../c|https://example.com/a/c",
            "https://example.com/%7euser/%c3%a9|https://example.com/~user/%C3%A9",
            "https://example.com./a|https://example.com/a",
            "https://bücher.example/a|https://xn--bcher-kva.example/a",
    })
    void canonicalFormIgnoresWhatDoesNotChangeTheArticle(String url, String canonical) {
        assertThat(UrlCanonicalizer.canonicalize(url)).isEqualTo(canonical);
    }

    @Test
    void keepsParametersThatSelectTheArticleInTheirOrder() {
        assertThat(UrlCanonicalizer.canonicalize("https://example.com/view?b=2&a=1&utm_term=x"))
                .isEqualTo("https://example.com/view?b=2&a=1");
    }

    @Test
    void pathCaseIsSignificant() {
        assertThat(UrlCanonicalizer.canonicalize("https://example.com/A"))
                .isNotEqualTo(UrlCanonicalizer.canonicalize("https://example.com/a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a url", "/relative/path", "ftp://example.com/file", "mailto:desk@example.com",
            "javascript:alert(1)", "https:///no-host"})
    void refusesWhatIsNotAnAbsoluteWebUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> UrlCanonicalizer.canonicalize(url));
    }
}
