package io.crm.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;
import java.security.SecureRandom;

/** The EAR that the build produced, exactly as IT would deploy it; and unique test data per run. */
public final class Deployments {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Deployments() {
    }

    public static EnterpriseArchive builtEar() {
        File ear = new File(System.getProperty("crm.ear", "target/crm.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The base of the REST API ({@code http://host:8080/crm/api/v1/}) of a deployment's web module URL. */
    public static String apiBase(java.net.URL deployment) {
        String root = deployment.toString();
        return (root.endsWith("/") ? root : root + "/") + "api/v1/";
    }

    /** A valid Chinese mobile number nobody else in this run has. */
    static String uniquePhone() {
        return "+86139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A person's name of letters only, unique in practice. */
    static String uniqueName(String prefix) {
        StringBuilder sb = new StringBuilder(prefix).append(' ');
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }
}
