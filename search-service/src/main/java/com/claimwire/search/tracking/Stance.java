package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimType;

/**
 * Which way a claim leans on its proposition. Assertions, allegations and admissions all hold it true;
 * a denial holds it false; a commitment promises rather than states, so it only ever repeats other commitments.
 * Claims of one stance may state the same proposition; which claims contradict is finer than stance
 * ({@link PropositionMatcher}).
 */
enum Stance {
    AFFIRMS,
    DENIES,
    PLEDGES;

    static Stance of(ClaimType type) {
        return switch (type) {
            case ASSERTION, ALLEGATION, ADMISSION -> AFFIRMS;
            case DENIAL -> DENIES;
            case COMMITMENT -> PLEDGES;
        };
    }
}
