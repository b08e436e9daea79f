package io.crm.demo;

import java.util.List;
import java.util.Set;

/** A user of the demo run (see API.md): login name, container roles and team. */
public record DemoUser(String id, String displayName, Set<String> roles, String teamId) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Admin", Set.of("admin"), null),
            new DemoUser("manager", "Manager East (王经理)", Set.of("manager"), "east"),
            new DemoUser("sales1", "Sales One (李娜)", Set.of("sales"), "east"),
            new DemoUser("sales2", "Sales Two (Tom Baker)", Set.of("sales"), "east"),
            new DemoUser("sales3", "Sales Three (陈刚)", Set.of("sales"), "west"),
            new DemoUser("service1", "Service One (赵敏)", Set.of("service"), "east"),
            new DemoUser("analyst", "Analyst", Set.of("analyst"), null),
            new DemoUser("auditor", "Auditor", Set.of("auditor"), null),
            new DemoUser("batch", "Batch Admin", Set.of("batch-admin"), null));
}
