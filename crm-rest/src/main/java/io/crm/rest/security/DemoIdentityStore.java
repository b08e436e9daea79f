package io.crm.rest.security;

import io.crm.demo.DemoMode;
import io.crm.demo.DemoUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The demo users of a standalone run (HTTP Basic). When demo mode is off this store validates nobody, and the
 * host platform's own identity stores or realm decide who the caller is.
 */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

    @Inject
    DemoMode demoMode;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (!demoMode.enabled()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        boolean passwordMatches = MessageDigest.isEqual(
                credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8),
                demoMode.password().getBytes(StandardCharsets.UTF_8));
        return DemoUser.ALL.stream()
                .filter(user -> user.id().equals(credential.getCaller()) && passwordMatches)
                .findFirst()
                .map(user -> new CredentialValidationResult(user.id(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
