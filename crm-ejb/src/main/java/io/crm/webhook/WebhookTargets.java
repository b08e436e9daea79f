package io.crm.webhook;

import io.crm.common.InvalidInputException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs webhooks may be sent to (server-side request forgery): https only, to public addresses only, unless the
 * host is on the allow-list that IT sets ({@code crm.webhooks.allow}, host names or address literals). Checked when a
 * subscription is written, and again before every attempt against every address the host resolves to then.
 */
public final class WebhookTargets {

    static final int MAX_URL = 2000;

    private final Set<String> allowed;

    public WebhookTargets(Set<String> allowed) {
        this.allowed = allowed.stream()
                .map(h -> normalized(h.trim()))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Parses a configured list: host names or addresses separated by commas. */
    public static WebhookTargets of(String allowList) {
        return new WebhookTargets(allowList == null ? Set.of() : Set.copyOf(Arrays.asList(allowList.split(","))));
    }

    /** The URL a subscription may have, or a 400 on {@code url} saying why not. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "is not a URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            throw new InvalidInputException("url", "must be an absolute http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException("url", "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "must not have a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowedHost = allows(uri.getHost());
        if (!scheme.equals("https") && !(scheme.equals("http") && allowedHost)) {
            throw new InvalidInputException("url", "must use https (http only for hosts on crm.webhooks.allow)");
        }
        if (!allowedHost && isAddressLiteral(uri.getHost())) {
            try {
                InetAddress address = InetAddress.getByName(uri.getHost());
                if (!isPublic(address)) {
                    throw new InvalidInputException(
                            "url", "names a private, loopback or local address that is not on crm.webhooks.allow");
                }
            } catch (UnknownHostException e) {
                throw new InvalidInputException("url", "is not a valid address");
            }
        }
        return uri;
    }

    /**
     * Before an attempt: the host's addresses as resolved now, refused (with the reason) unless the host is allowed or
     * every address is public.
     */
    public String refusal(URI uri, InetAddress[] addresses) {
        if (allows(uri.getHost())) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return "refused: " + uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a private, loopback or local address not on crm.webhooks.allow";
            }
        }
        return null;
    }

    boolean allows(String host) {
        return allowed.contains(normalized(host));
    }

    private static String normalized(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static boolean isAddressLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, shared, multicast or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // this network
                    && !(first == 100 && second >= 64 && second <= 127) // shared address space (carrier NAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean mappedOrCompatible = true;
            for (int i = 0; i < 10; i++) {
                mappedOrCompatible &= b[i] == 0;
            }
            if (mappedOrCompatible && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                try {
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                try { // 6to4: the IPv4 address it wraps
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // documentation 2001:db8::/32
            }
        }
        return true;
    }
}
