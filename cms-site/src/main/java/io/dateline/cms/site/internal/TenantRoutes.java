package io.dateline.cms.site.internal;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.site.SiteRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which tenant a request path belongs to: the tenant whose base URL's path is the longest prefix of
 * it; when several tenants share that path (one host per tenant), the one whose host matches the
 * request's {@code Host}. Immutable: the site replaces it when a tenant changes.
 */
final class TenantRoutes {
  /** One tenant with its services, held so that requests never load the tenant again. */
  record Route(Tenant tenant, TenantContent content, String basePath, String authority) {}

  /** A matched request: the tenant and the path below its base. */
  record Match(Route route, String rest) {}

  private final List<Route> routes;
  private final Map<TenantId, Route> byId;

  private TenantRoutes(List<Route> routes) {
    this.routes = routes;
    this.byId =
        routes.stream().collect(Collectors.toMap(r -> r.tenant().id(), Function.identity()));
  }

  static TenantRoutes load(Dateline cms) {
    List<Route> routes = new ArrayList<>();
    for (Tenant tenant : cms.tenants()) {
      routes.add(route(cms, tenant));
    }
    routes.sort(Comparator.comparingInt((Route r) -> r.basePath().length()).reversed());
    return new TenantRoutes(List.copyOf(routes));
  }

  private static Route route(Dateline cms, Tenant tenant) {
    URI base = tenant.baseUrl();
    String path =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    String authority = base.getRawAuthority() == null ? "" : base.getRawAuthority();
    return new Route(tenant, cms.tenant(tenant.id()), path, authority.toLowerCase(Locale.ROOT));
  }

  List<Tenant> tenants() {
    return routes.stream().map(Route::tenant).sorted(Comparator.comparing(Tenant::id)).toList();
  }

  @Nullable Route get(TenantId id) {
    return byId.get(id);
  }

  /** Whether some tenant's pages start exactly at this path. */
  boolean ownsPath(String basePath) {
    return routes.stream().anyMatch(r -> r.basePath().equals(basePath));
  }

  @Nullable Match match(SiteRequest request) {
    String path = request.rawPath();
    List<Route> longest = new ArrayList<>(1);
    for (Route r : routes) {
      String base = r.basePath();
      boolean under =
          path.startsWith(base) || path.length() == base.length() - 1 && base.startsWith(path);
      if (!under) {
        continue;
      }
      if (!longest.isEmpty() && longest.get(0).basePath().length() > base.length()) {
        break; // routes are sorted longest first: shorter prefixes never win
      }
      longest.add(r);
    }
    Route found;
    if (longest.size() == 1) {
      found = longest.get(0);
    } else {
      // Several tenants share the base path (one host each): the Host header decides.
      String host = request.header("host");
      found =
          host == null
              ? null
              : longest.stream()
                  .filter(r -> r.authority().equalsIgnoreCase(host.trim()))
                  .findFirst()
                  .orElse(null);
    }
    if (found == null) {
      return null;
    }
    String base = found.basePath();
    return new Match(found, path.length() < base.length() ? "" : path.substring(base.length() - 1));
  }
}
