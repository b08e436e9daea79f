package io.crm.rest.security;

import fish.payara.security.annotations.RealmIdentityStoreDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * How callers authenticate: HTTP Basic, checked against the host domain's {@code file} realm (users and groups
 * that IT manages with {@code asadmin create-file-user}) and, in a demo run, against the demo users. A caller
 * valid in either store is in; their groups become CRM roles through the role mapping of the EAR.
 */
@BasicAuthenticationMechanismDefinition(realmName = "crm")
@RealmIdentityStoreDefinition("file")
@ApplicationScoped
public class Authentication {}
