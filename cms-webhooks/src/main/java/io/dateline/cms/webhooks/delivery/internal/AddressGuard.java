package io.dateline.cms.webhooks.delivery.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * Decides which addresses outbound webhook requests may reach, so that a subscription cannot make
 * the server call its own internal services (server-side request forgery).
 *
 * <p>Refused unless allowed: loopback ({@code 127.0.0.0/8}, {@code ::1}), the any-local address,
 * private networks ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, {@code 100.64/10} shared
 * address space, IPv6 unique local {@code fc00::/7}), link-local ({@code 169.254/16}, which holds
 * cloud metadata services, and {@code fe80::/10}) and multicast. IPv4-mapped IPv6 addresses are
 * judged by their IPv4 address. The JDK classifies most ranges; the two it does not know ({@code
 * 100.64/10}, {@code fc00::/7}) are checked by hand.
 *
 * @param allowLoopback whether loopback addresses may be reached (tests, local development)
 * @param allowPrivate whether private and link-local addresses may be reached (an intranet)
 */
public record AddressGuard(boolean allowLoopback, boolean allowPrivate) {

  /**
   * Why an address is refused.
   *
   * @param address the address
   * @return a short reason, or {@code null} when it may be reached
   */
  public @Nullable String refusal(InetAddress address) {
    InetAddress a = unmapped(address);
    if (a.isAnyLocalAddress()) {
      return "the any-local address";
    }
    if (a.isMulticastAddress()) {
      return "a multicast address";
    }
    if (a.isLoopbackAddress()) {
      return allowLoopback ? null : "a loopback address";
    }
    if (allowPrivate) {
      return null;
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (a.isSiteLocalAddress() || sharedOrUniqueLocal(a)) {
      return "a private address";
    }
    return null;
  }

  /**
   * Resolves a host and checks every address it has.
   *
   * @param host the host name or literal
   * @return the first refusal ("host resolves to a loopback address 127.0.0.1"), or {@code null}
   *     when every address may be reached
   * @throws UnknownHostException when the host does not resolve
   */
  public @Nullable String check(String host) throws UnknownHostException {
    for (InetAddress address : InetAddress.getAllByName(host)) {
      String refusal = refusal(address);
      if (refusal != null) {
        return host + " resolves to " + refusal + " (" + address.getHostAddress() + ")";
      }
    }
    return null;
  }

  private static InetAddress unmapped(InetAddress address) {
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
      for (int i = 0; i < 10 && mapped; i++) {
        mapped = b[i] == 0;
      }
      if (mapped) {
        try {
          return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
          throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
      }
    }
    return address;
  }

  private static boolean sharedOrUniqueLocal(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
    }
    return (b[0] & 0xfe) == 0xfc; // fc00::/7
  }
}
