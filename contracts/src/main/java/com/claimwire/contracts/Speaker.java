package com.claimwire.contracts;

/**
 * Who made a claim.
 *
 * @param name canonical resolved name ("Hossein Amir-Abdollahian"); for unnamed sources a description
 *     ("US official")
 * @param kind person, organisation, government or unnamed source
 * @param role title or role when the text gives one ("Iranian Foreign Minister"), else {@code null}
 * @param mention the mention in the body that attributes this claim ("he", "the minister"), may be
 *     {@code null} when the speaker is only implied
 */
public record Speaker(String name, SpeakerKind kind, String role, TextSpan mention) {
}
