package io.crm.common;

import io.crm.encryption.KeyRing;
import io.crm.encryption.PiiKeys;

/** A key ring for tests that run without a server (there is no MicroProfile Config to read one from). */
public final class TestKeys {

    public static final KeyRing RING = KeyRing.of("t1:" + KeyRing.newKey(), "t1", KeyRing.newKey());

    private TestKeys() {}

    public static void install() {
        PiiKeys.use(RING);
    }
}
