package com.claimwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulkItemOutcomeTest {

    @Test
    void createdAndUpdatedItemsAreWritten() {
        assertThat(BulkItemOutcome.of(201, null)).isEqualTo(BulkItemOutcome.WRITTEN);
        assertThat(BulkItemOutcome.of(200, null)).isEqualTo(BulkItemOutcome.WRITTEN);
    }

    @Test
    void versionConflictMeansTheIndexAlreadyHoldsThisOrANewerVersion() {
        assertThat(BulkItemOutcome.of(409, "version_conflict_engine_exception")).isEqualTo(BulkItemOutcome.ALREADY_CURRENT);
    }

    @Test
    void overloadAndServerErrorsAreRetried() {
        assertThat(BulkItemOutcome.of(429, "es_rejected_execution_exception")).isEqualTo(BulkItemOutcome.RETRY);
        assertThat(BulkItemOutcome.of(503, "unavailable_shards_exception")).isEqualTo(BulkItemOutcome.RETRY);
        assertThat(BulkItemOutcome.of(404, "index_not_found_exception")).isEqualTo(BulkItemOutcome.RETRY);
    }

    @Test
    void aFloodStageOrReadOnlyIndexBlockIsRetriedUntilLiftedNeverDeadLettered() {
        assertThat(BulkItemOutcome.of(429, "cluster_block_exception")).isEqualTo(BulkItemOutcome.RETRY);
        assertThat(BulkItemOutcome.of(403, "cluster_block_exception")).isEqualTo(BulkItemOutcome.RETRY);
    }

    @Test
    void aForbiddenWriteForAnyOtherReasonIsPermanent() {
        assertThat(BulkItemOutcome.of(403, "security_exception")).isEqualTo(BulkItemOutcome.REJECTED);
    }

    @Test
    void mappingRejectionIsPermanent() {
        assertThat(BulkItemOutcome.of(400, "document_parsing_exception")).isEqualTo(BulkItemOutcome.REJECTED);
        assertThat(BulkItemOutcome.of(400, "illegal_argument_exception")).isEqualTo(BulkItemOutcome.REJECTED);
    }
}
