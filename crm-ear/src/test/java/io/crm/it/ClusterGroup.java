package io.crm.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A domain of its own (DAS admin port 5048, ports from 5000) with a deployment group of two instances, {@code crm-a}
 * (HTTP 6080) and {@code crm-b} (HTTP 7080), over one PostgreSQL schema: made with the asadmin commands of
 * docs/operations.md ("Deployment group"), which each are printed as they run. Ports apart from the regular test
 * domain's (4848, 8080), so both can run at once.
 */
final class ClusterGroup {

    static final String DOMAIN = "crm-cluster";
    static final String CONFIG = "crm-cluster-config";
    static final String GROUP = "crm-group";
    static final String NODE = "localhost-" + DOMAIN;
    static final Map<String, Integer> HTTP_PORTS = Map.of("crm-a", 6080, "crm-b", 7080);
    private static final Map<String, Integer> PORT_BASES = Map.of("crm-a", 6000, "crm-b", 7000);

    final String dbUrl = System.getProperty("cluster.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
    final String dbUser = System.getProperty("cluster.db.user", "postgres");
    final String dbPassword = System.getProperty("cluster.db.password", "");
    final String schema = System.getProperty("cluster.db.schema", "crm_cluster");
    final String takeOverAfter = System.getProperty("cluster.take-over-after", "PT40S");
    private final Path payara = Path.of(System.getProperty("payara.home", "target/payara6"));
    private final Path work = Path.of(System.getProperty("cluster.work", "target/cluster"));

    /** Everything an earlier run left is stopped and deleted; the domain, group, pool and EAR are made afresh. */
    void create() throws Exception {
        stopLeftovers();
        Files.createDirectories(work);
        payara.resolve("bin/asadmin").toFile().setExecutable(true);
        payara.resolve("glassfish/bin/asadmin").toFile().setExecutable(true);
        local(false, "delete-domain", DOMAIN);
        deleteTree(payara.resolve("glassfish/nodes/" + NODE));
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        String server = URI.create(dbUrl.substring("jdbc:".length())).getAuthority();
        String database =
                URI.create(dbUrl.substring("jdbc:".length())).getPath().substring(1);

        local(true, "create-domain", "--nopassword=true", "--portbase", "5000", DOMAIN);
        local(true, "start-domain", DOMAIN);
        asadmin(
                "set-hazelcast-configuration",
                "--clustername",
                DOMAIN,
                "--clustermode",
                "tcpip",
                "--tcpipmembers",
                "127.0.0.1:5049,127.0.0.1:5900,127.0.0.1:5901",
                "--interfaces",
                "127.0.0.1",
                "--dasbindaddress",
                "127.0.0.1",
                "--daspublicaddress",
                "127.0.0.1",
                "--publicaddress",
                "127.0.0.1");
        asadmin("copy-config", "default-config", CONFIG);
        asadmin("set", "configs.config." + CONFIG + ".transaction-service.automatic-recovery=true");
        asadmin("set", "configs.config." + CONFIG + ".ejb-container.ejb-timer-service.ejb-timer-service=DataGrid");
        asadmin("delete-jvm-options", "--target", CONFIG, "-Xmx512m");
        asadmin("create-jvm-options", "--target", CONFIG, "-Xmx1g");
        asadmin(
                "create-system-properties",
                "--target",
                CONFIG,
                "crm.demo=true:crm.batch.repository=jdbc/crm:crm.jobs.take-over-after=" + takeOverAfter);
        asadmin("create-deployment-group", GROUP);
        for (String instance : List.of("crm-a", "crm-b")) {
            asadmin(
                    "create-local-instance",
                    "--config",
                    CONFIG,
                    "--deploymentgroup",
                    GROUP,
                    "--portbase",
                    String.valueOf(PORT_BASES.get(instance)),
                    instance);
        }

        Path driver = Path.of(org.postgresql.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        asadmin("add-library", "--type", "common", driver.toString());
        alias("crm-db-password", dbPassword.isEmpty() ? "crm-cluster-secret" : dbPassword);
        String key = randomKey();
        alias("crm.pii.keys", "cluster1:" + key);
        alias("crm.pii.current-key", "cluster1");
        alias("crm.pii.index-key", randomKey());
        asadmin(
                "create-jdbc-connection-pool",
                "--datasourceclassname=org.postgresql.ds.PGSimpleDataSource",
                "--restype=javax.sql.DataSource",
                "--steadypoolsize=4",
                "--maxpoolsize=64",
                "--isconnectvalidatereq=true",
                "--validationmethod=meta-data",
                "--property=serverName=" + server.replace(":", ":portNumber=")
                        + ":databaseName=" + database + ":currentSchema=" + schema + ":user=" + dbUser
                        + ":password=${ALIAS\\=crm-db-password}:reWriteBatchedInserts=true",
                "crm-pool");
        asadmin("create-jdbc-resource", "--connectionpoolid", "crm-pool", "--target", GROUP, "jdbc/crm");
        asadmin(
                "set-batch-runtime-configuration",
                "--target",
                CONFIG,
                "--datasourcelookupname",
                "jdbc/crm",
                "--schemaname",
                schema);
        local(true, "restart-domain", DOMAIN);
        asadmin("deploy", "--target", GROUP, "--name", "crm", System.getProperty("crm.ear", "target/crm.ear"));
    }

    /** Starts an instance from this machine (as its node's user would) and waits until the CRM answers on it. */
    Duration startLocal(String instance) throws Exception {
        long start = System.nanoTime();
        asadmin("start-local-instance", instance);
        waitForApi(instance, Duration.ofMinutes(3));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Starts an instance through the DAS, as after a crash, and waits until the CRM answers on it. */
    Duration startThroughDas(String instance) throws Exception {
        long start = System.nanoTime();
        asadmin("start-instance", instance);
        waitForApi(instance, Duration.ofMinutes(3));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** kill -9 of an instance's server process, waiting until it is gone. */
    void kill(String instance) throws Exception {
        ProcessHandle server = ProcessHandle.of(pid(instance)).orElseThrow();
        if (!server.destroyForcibly()) {
            throw new AssertionError("kill -9 of " + instance + " failed");
        }
        server.onExit().get();
    }

    /** Stops both instances and the DAS, killing what does not stop. */
    void stop() {
        for (String instance : HTTP_PORTS.keySet()) {
            try {
                asadminTolerant("stop-instance", "--kill=true", instance);
            } catch (Exception e) {
                System.out.println("stopping " + instance + ": " + e);
            }
        }
        try {
            local(false, "stop-domain", "--kill=true", DOMAIN);
        } catch (Exception e) {
            System.out.println("stopping the DAS: " + e);
        }
        stopLeftovers();
    }

    /** The CRM's root on an instance, as Arquillian gives it to the end-to-end tests. */
    static URL deployment(String instance) {
        try {
            return URI.create("http://127.0.0.1:" + HTTP_PORTS.get(instance) + "/crm/")
                    .toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(dbUrl + "?currentSchema=" + schema, dbUser, dbPassword);
    }

    private long pid(String instance) throws IOException {
        return Long.parseLong(
                Files.readString(payara.resolve("glassfish/nodes/" + NODE + "/" + instance + "/config/pid"))
                        .trim());
    }

    private void stopLeftovers() {
        List<Path> pids = new ArrayList<>(List.of(payara.resolve("glassfish/domains/" + DOMAIN + "/config/pid")));
        HTTP_PORTS.keySet().forEach(i -> pids.add(payara.resolve("glassfish/nodes/" + NODE + "/" + i + "/config/pid")));
        for (Path pid : pids) {
            try {
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
                            .filter(p -> p.info().command().orElse("").contains("java"))
                            .ifPresent(p -> {
                                p.destroyForcibly();
                                p.onExit().join();
                            });
                    Files.delete(pid);
                }
            } catch (IOException | NumberFormatException e) {
                System.out.println("leftover " + pid + ": " + e);
            }
        }
    }

    private void waitForApi(String instance, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Api api = Api.as(deployment(instance), "sales1");
        while (System.nanoTime() < deadline) {
            try {
                if (api.get("search?q=ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the CRM did not answer on " + instance + " within " + limit);
    }

    private void alias(String name, String value) throws Exception {
        Path file = work.resolve("alias-password");
        Files.writeString(file, "AS_ADMIN_ALIASPASSWORD=" + value + "\n");
        try {
            asadmin("--passwordfile", file.toString(), "create-password-alias", name);
        } finally {
            Files.delete(file);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A remote command to the cluster's DAS; fails the run when it fails. */
    void asadmin(String... args) throws IOException, InterruptedException {
        run(true, prepend("--port", "5048", args));
    }

    private void asadminTolerant(String... args) throws IOException, InterruptedException {
        run(false, prepend("--port", "5048", args));
    }

    private void local(boolean mustSucceed, String... args) throws IOException, InterruptedException {
        run(mustSucceed, args);
    }

    private static String[] prepend(String a, String b, String[] rest) {
        return Stream.concat(Stream.of(a, b), Stream.of(rest)).toArray(String[]::new);
    }

    private void run(boolean mustSucceed, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(payara.resolve("bin/asadmin").toString()));
        command.addAll(List.of(args));
        System.out.println("asadmin " + String.join(" ", args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0 && mustSucceed) {
            throw new AssertionError("asadmin " + String.join(" ", args) + " exited " + exit + ":\n" + output);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
