package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The Broken Hill Pty Co Ltd (BHP) said": a short name the text defines in brackets after a company is that company,
 * even when a unit whose name starts with the same letters ("BHP Gold Mines Ltd") is named after it.
 */
class ShortNameDefinedInBracketsTest {

    @Test
    void theDefinedShortNameIsTheParentNotTheUnit() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The Broken Hill Pty Co Ltd (BHP) said it plans a rights issue to float a new company, BHP Gold Mines Ltd, \
                which will hold most of its gold interests.
                    In a statement BHP said the rights would be priced at 50 cents.""");
        assertThat(text.nameOf("priced at 50 cents")).isEqualTo("Broken Hill Pty Co Ltd");
    }
}
