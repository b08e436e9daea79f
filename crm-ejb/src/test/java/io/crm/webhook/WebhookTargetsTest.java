package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    private final WebhookTargets none = WebhookTargets.of("");
    private final WebhookTargets local = WebhookTargets.of(" 127.0.0.1 , hooks.internal.example");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.10",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.127.255.254",
                "224.0.0.1",
                "240.0.0.1",
                "255.255.255.255",
                "192.0.0.8",
                "198.18.0.1",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "::ffff:10.0.0.1",
                "::ffff:127.0.0.1",
                "2002:7f00:1::1",
                "2001:db8::1",
                "ff02::1"
            })
    void privateLoopbackAndLocalAddressesAreNotPublic(String address) throws UnknownHostException {
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2002:0808:0808::1"})
    void internetAddressesArePublic(String address) throws UnknownHostException {
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName(address)), address);
    }

    @Test
    void httpsOnlyUnlessTheHostIsAllowListed() {
        assertDoesNotThrow(() -> none.check("https://hooks.example.com/crm"));
        assertEquals("url", violation(() -> none.check("http://hooks.example.com/crm")));
        assertDoesNotThrow(() -> local.check("http://127.0.0.1:9000/hook"));
        assertDoesNotThrow(() -> local.check("http://HOOKS.internal.example/x"));
        assertEquals("url", violation(() -> local.check("ftp://127.0.0.1/x")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://10.0.0.5/hook",
                "https://[::1]:8443/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://2130706433/hook",
                "https://user:pw@hooks.example.com/",
                "https://hooks.example.com/#x",
                "/relative",
                "not a url",
                "mailto:someone@example.com"
            })
    void addressLiteralsOfPrivateNetworksAndOddUrlsAreRefusedWhenWritten(String url) {
        assertEquals("url", violation(() -> none.check(url)));
    }

    @Test
    void beforeEachAttemptEveryResolvedAddressMustBePublicUnlessTheHostIsAllowListed() throws Exception {
        URI uri = URI.create("https://hooks.example.com/crm");
        InetAddress publicOne = InetAddress.getByName("93.184.216.34");
        InetAddress privateOne = InetAddress.getByName("10.0.0.7");
        assertNull(none.refusal(uri, new InetAddress[] {publicOne}));
        String refusal = none.refusal(uri, new InetAddress[] {publicOne, privateOne});
        assertNotNull(refusal);
        assertTrue(refusal.contains("10.0.0.7"), refusal);
        assertNull(local.refusal(
                URI.create("http://127.0.0.1:9000/"), new InetAddress[] {InetAddress.getByName("127.0.0.1")}));
        assertNotNull(
                local.refusal(URI.create("https://localhost/"), new InetAddress[] {InetAddress.getByName("127.0.0.1")}),
                "the allow-list names hosts as written: localhost is not 127.0.0.1");
    }

    private static String violation(Runnable check) {
        return assertThrows(InvalidInputException.class, check::run)
                .violations()
                .get(0)
                .field();
    }
}
