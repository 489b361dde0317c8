package com.claimwire.search.tracking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of claim tracking. Thresholds left unset keep their calibrated values ({@link TrackingThresholds#CALIBRATED}).
 *
 * @param sameCosine overrides {@link TrackingThresholds#sameCosine()}
 * @param opposingCosine overrides {@link TrackingThresholds#opposingCosine()}
 * @param opposingCosineAlone overrides {@link TrackingThresholds#opposingCosineAlone()}
 * @param sameJaccard overrides {@link TrackingThresholds#sameJaccard()}
 * @param opposingJaccard overrides {@link TrackingThresholds#opposingJaccard()}
 * @param candidates how many earlier claims of each stance are compared with an incoming claim
 * @param vectorCandidates how many nearest neighbours the vector search examines per shard to find them; 50 decided
 *     every benchmark claim as 100 did, at about half the search work (docs/decisions/claim-tracking-thresholds.md)
 * @param leaseTtl how long an instance may hold the tracking lease without renewing it: how long a crashed instance
 *     can hold up the others' tracking ({@link TrackingLease})
 * @param leaseLinger how long an instance keeps the lease after a batch, in case the next batch follows: longer than
 *     the claim indexer's pause between busy batches (its bulk request), short enough that another instance finding
 *     the lease kept by an idle one waits little. A busy holder hands the lease over at its next batch to an instance
 *     waiting for it
 */
@ConfigurationProperties("claimwire.search.tracking")
record TrackingProperties(
        Double sameCosine,
        Double opposingCosine,
        Double opposingCosineAlone,
        Double sameJaccard,
        Double opposingJaccard,
        @DefaultValue("20") int candidates,
        @DefaultValue("50") int vectorCandidates,
        @DefaultValue("15s") Duration leaseTtl,
        @DefaultValue("1s") Duration leaseLinger) {

    TrackingProperties {
        if (leaseLinger.isNegative() || leaseLinger.compareTo(leaseTtl.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("claimwire.search.tracking.lease-linger must be between 0 and half the"
                    + " lease ttl, was " + leaseLinger);
        }
    }

    TrackingThresholds thresholds() {
        TrackingThresholds calibrated = TrackingThresholds.CALIBRATED;
        return new TrackingThresholds(
                sameCosine == null ? calibrated.sameCosine() : sameCosine,
                opposingCosine == null ? calibrated.opposingCosine() : opposingCosine,
                opposingCosineAlone == null ? calibrated.opposingCosineAlone() : opposingCosineAlone,
                sameJaccard == null ? calibrated.sameJaccard() : sameJaccard,
                opposingJaccard == null ? calibrated.opposingJaccard() : opposingJaccard);
    }
}
