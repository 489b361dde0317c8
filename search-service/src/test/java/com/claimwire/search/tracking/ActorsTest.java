package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorsTest {

    @Test
    void aSurnameIsTheSamePersonAsTheFullName() {
        assertThat(Actors.same(by("Amir-Abdollahian", SpeakerKind.PERSON, null),
                by("Hossein Amir-Abdollahian", SpeakerKind.PERSON, "Iranian Foreign Minister"))).isTrue();
    }

    @Test
    void differentPeopleAreDifferentActors() {
        assertThat(Actors.same(by("Jake Sullivan", SpeakerKind.PERSON, null),
                by("Hossein Amir-Abdollahian", SpeakerKind.PERSON, null))).isFalse();
    }

    @Test
    void aMinisterSpeaksForTheGovernmentHisRoleNames() {
        var government = by("Iran", SpeakerKind.GOVERNMENT, null);
        assertThat(Actors.same(by("Hossein Amir-Abdollahian", SpeakerKind.PERSON, "Iranian Foreign Minister"),
                government)).isTrue();
        assertThat(Actors.same(by("Sergei Lavrov", SpeakerKind.PERSON, "Russian Foreign Minister"), government))
                .isFalse();
        assertThat(Actors.same(by("Dmytro Kuleba", SpeakerKind.PERSON, "Foreign Minister"), government)).isFalse();
    }

    @Test
    void governmentsAreTheSameActorByName() {
        assertThat(Actors.same(by("Iran", SpeakerKind.GOVERNMENT, null), by("iran", SpeakerKind.GOVERNMENT, null)))
                .isTrue();
        assertThat(Actors.same(by("Iran", SpeakerKind.GOVERNMENT, null), by("Iraq", SpeakerKind.GOVERNMENT, null)))
                .isFalse();
    }

    @Test
    void unnamedSourcesNeverReverseThemselves() {
        assertThat(Actors.same(by("US official", SpeakerKind.UNNAMED, null), by("US official", SpeakerKind.UNNAMED, null)))
                .isFalse();
    }

    private static TrackedClaim by(String name, SpeakerKind kind, String role) {
        return new TrackedClaim("c-" + name, "a", "text", ClaimType.ASSERTION, "said", name, kind, role, List.of(), null,
                Instant.EPOCH, "wire", null);
    }
}
