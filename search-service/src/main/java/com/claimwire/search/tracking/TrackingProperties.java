package com.claimwire.search.tracking;

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
 * @param vectorCandidates how many nearest neighbours the vector search examines per shard to find them
 */
@ConfigurationProperties("claimwire.search.tracking")
record TrackingProperties(
        Double sameCosine,
        Double opposingCosine,
        Double opposingCosineAlone,
        Double sameJaccard,
        Double opposingJaccard,
        @DefaultValue("20") int candidates,
        @DefaultValue("100") int vectorCandidates) {

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
