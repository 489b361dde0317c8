package com.claimwire.search.alerts;

import java.net.URI;

/**
 * Decides whether alerts may be POSTed to a webhook URL: the guard against server-side request forgery, which
 * must judge the addresses the host resolves to, not its name.
 */
public interface WebhookTargetPolicy {

    /**
     * Returns normally when {@code target} may be called.
     *
     * @throws RefusedTargetException saying why not
     */
    void check(URI target);

    /** A webhook target the policy refuses. */
    class RefusedTargetException extends RuntimeException {
        public RefusedTargetException(String message) {
            super(message);
        }
    }
}
