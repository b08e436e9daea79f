package io.crm.common;

/** The server instance this code runs on: its name in a deployment group, {@code server} on a lone domain. */
public final class ServerInstance {

    /** Payara's instance name. */
    public static final String NAME = System.getProperty("com.sun.aas.instanceName", "server");

    private ServerInstance() {}
}
