package io.crm.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR that the build produced, exactly as IT would deploy it; and unique test data per run. */
public final class Deployments {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Deployments() {}

    public static EnterpriseArchive builtEar() {
        File ear = new File(System.getProperty("crm.ear", "target/crm.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The built EAR with these classes (test code, such as a benchmark's baseline resource) added to the REST module. */
    public static EnterpriseArchive builtEarWithRestClasses(Class<?>... classes) {
        EnterpriseArchive ear = builtEar();
        WebArchive rest = ear.getAsType(WebArchive.class, "crm-rest.war");
        rest.addClasses(classes);
        ear.delete("crm-rest.war");
        return ear.addAsModule(rest);
    }

    /** The EAR with one more EJB module, listed in its application.xml. */
    public static EnterpriseArchive withEjbModule(EnterpriseArchive ear, JavaArchive module) {
        String descriptor;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withModule = descriptor.replace(
                "<library-directory>", "<module><ejb>" + module.getName() + "</ejb></module><library-directory>");
        ear.delete("META-INF/application.xml");
        return ear.addAsModule(module).setApplicationXML(new StringAsset(withModule));
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

    /** A made-up English word nobody else in this run writes: lower-case letters only. */
    static String uniqueWord() {
        StringBuilder sb = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    /** Two common Chinese characters in an order nobody else in this run writes them, as a made-up word. */
    static String uniqueChineseWord() {
        String common = "天地人山水火木金土日月星风云雨雪花草鸟鱼龙虎马牛羊猫狗";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(common.charAt(RANDOM.nextInt(common.length())));
        }
        return sb.toString();
    }
}
