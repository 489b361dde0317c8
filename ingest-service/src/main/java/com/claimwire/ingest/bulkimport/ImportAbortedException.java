package com.claimwire.ingest.bulkimport;

/** The import cannot go on (service unreachable, key refused); what was sent so far stays taken in. */
class ImportAbortedException extends RuntimeException {

    ImportAbortedException(String message) {
        super(message);
    }
}
