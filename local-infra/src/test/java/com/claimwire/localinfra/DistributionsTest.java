package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionsTest {

    @TempDir
    Path emptyRepo;

    @Test
    void missingDistributionsSayWhereTheyWereExpectedAndHowToPrepareThem() {
        Distributions distributions = Distributions.at(emptyRepo);

        assertThatThrownBy(distributions::kafkaLibs)
                .hasMessageContaining(emptyRepo.resolve("local-infra/target/kafka/libs").toString())
                .hasMessageContaining("mvn -q -B -pl local-infra package");
        assertThatThrownBy(distributions::elasticsearchHome)
                .hasMessageContaining("elasticsearch-" + Distributions.elasticsearchVersion())
                .hasMessageContaining("mvn -q -B -pl local-infra package");
    }

    @Test
    void aMissingServiceJarSaysHowToBuildIt() {
        assertThatThrownBy(() -> Distributions.at(emptyRepo).serviceJar(ClaimwireService.SEARCH))
                .hasMessageContaining("search-service/target/search-service-" + Distributions.projectVersion() + ".jar")
                .hasMessageContaining("-pl search-service -am package");
    }

    @Test
    void versionsComeFromTheBuild() {
        assertThat(Distributions.projectVersion()).doesNotContain("@").isNotBlank();
        assertThat(Distributions.kafkaVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Distributions.elasticsearchVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void theRepositoryIsFoundFromTheSystemPropertyTheBuildSets() {
        assertThat(Distributions.locate().repoDir().resolve("local-infra").resolve("pom.xml")).exists();
    }
}
