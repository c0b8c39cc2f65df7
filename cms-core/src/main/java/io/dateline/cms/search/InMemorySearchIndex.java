package io.dateline.cms.search;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Entities;

/**
 * A search index held in memory, for tests and small sites: exact words (compared in lower case),
 * no morphology, no stemming. It keeps the whole {@link SearchIndex} contract otherwise, so tests
 * of code that searches can run without a search engine.
 *
 * <p>Ranking counts how often the query's words occur (a headline hit counts twice), then prefers
 * the newer article. Every query scans the tenant's articles, which is fine for thousands of them;
 * use {@code cms-search-lucene} beyond that. Thread-safe.
 */
public final class InMemorySearchIndex implements SearchIndex {
  private static final int SNIPPET = 200;
  private static final String CURSOR_PREFIX = "m1.";

  private final Map<TenantId, Map<ArticleId, Doc>> tenants = new ConcurrentHashMap<>();

  /** Creates an empty index. */
  public InMemorySearchIndex() {}

  @Override
  public void index(Article article) {
    Objects.requireNonNull(article, "article");
    if (!article.isPublished() || article.publishAt() == null) {
      remove(article.tenantId(), article.id());
      return;
    }
    tenant(article.tenantId()).put(article.id(), Doc.of(article));
  }

  @Override
  public void remove(TenantId tenant, ArticleId id) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    tenant(tenant).remove(id);
  }

  @Override
  public void rebuild(TenantId tenant, Iterable<Article> articles) {
    Objects.requireNonNull(tenant, "tenant");
    Map<ArticleId, Doc> fresh = new ConcurrentHashMap<>();
    for (Article article : articles) {
      if (article.tenantId().equals(tenant)
          && article.isPublished()
          && article.publishAt() != null) {
        fresh.put(article.id(), Doc.of(article));
      }
    }
    tenants.put(tenant, fresh);
  }

  private Map<ArticleId, Doc> tenant(TenantId tenant) {
    return tenants.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
  }

  @Override
  public SearchPage query(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    Position after = query.cursor() == null ? null : Position.decode(query.cursor());
    List<List<String>> needles = parse(query.text());
    String language = query.language().getLanguage();
    List<Scored> found = new ArrayList<>();
    for (Doc doc : tenant(query.tenant()).values()) {
      if (!doc.language().equals(language) || !passesFilters(doc, query)) {
        continue;
      }
      int score = 0;
      boolean all = true;
      for (List<String> needle : needles) {
        int n = 2 * occurrences(doc.titleTokens(), needle) + occurrences(doc.textTokens(), needle);
        if (n == 0) {
          all = false;
          break;
        }
        score += n;
      }
      if (all && !needles.isEmpty()) {
        found.add(new Scored(doc, new Position(score, doc.publishAt(), doc.id().toString())));
      }
    }
    found.sort(Comparator.comparing(Scored::position, Position.ORDER));
    List<SearchHit> hits = new ArrayList<>();
    Position last = null;
    boolean more = false;
    for (Scored s : found) {
      if (after != null && Position.ORDER.compare(s.position(), after) <= 0) {
        continue;
      }
      if (hits.size() == query.limit()) {
        more = true;
        break;
      }
      Doc d = s.doc();
      hits.add(
          new SearchHit(
              d.id(),
              d.slug(),
              d.title(),
              snippet(d, needles),
              s.position().score(),
              d.publishAt()));
      last = s.position();
    }
    return new SearchPage(hits, more && last != null ? last.encode() : null);
  }

  private static boolean passesFilters(Doc doc, SearchQuery query) {
    return (query.section() == null || doc.sections().contains(query.section()))
        && (query.tag() == null || doc.tags().contains(query.tag()))
        && (query.author() == null || doc.authors().contains(query.author()))
        && (query.publishedFrom() == null || !doc.publishAt().isBefore(query.publishedFrom()))
        && (query.publishedTo() == null || doc.publishAt().isBefore(query.publishedTo()));
  }

  /**
   * The query as token sequences: each word alone, each quoted phrase as one sequence. An unpaired
   * quote is ignored, so what follows it is read as words.
   */
  static List<List<String>> parse(String text) {
    List<List<String>> needles = new ArrayList<>();
    int quotes = (int) text.chars().filter(c -> c == '"').count();
    int usable = quotes % 2 == 0 ? quotes : quotes - 1;
    boolean inPhrase = false;
    int seen = 0;
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && seen < usable) {
        seen++;
        flush(needles, part.toString(), inPhrase);
        part.setLength(0);
        inPhrase = !inPhrase;
      } else {
        part.append(c);
      }
    }
    flush(needles, part.toString(), inPhrase);
    return needles;
  }

  private static void flush(List<List<String>> needles, String part, boolean phrase) {
    List<String> tokens = tokens(part).stream().map(Token::term).toList();
    if (phrase) {
      if (!tokens.isEmpty()) {
        needles.add(tokens);
      }
    } else {
      tokens.forEach(t -> needles.add(List.of(t)));
    }
  }

  private static int occurrences(List<String> tokens, List<String> needle) {
    int n = 0;
    for (int i = 0; i + needle.size() <= tokens.size(); i++) {
      if (tokens.subList(i, i + needle.size()).equals(needle)) {
        n++;
      }
    }
    return n;
  }

  /** Words: runs of letters and digits, in lower case. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      tokens.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
    }
    return tokens;
  }

  /**
   * About {@value #SNIPPET} characters of the text around the first match, escaped, with every
   * matched word in {@code <mark>}.
   */
  private static String snippet(Doc doc, List<List<String>> needles) {
    Set<String> words = new java.util.HashSet<>();
    needles.forEach(words::addAll);
    List<Token> tokens = doc.textTokenOffsets();
    int from = 0;
    for (Token t : tokens) {
      if (words.contains(t.term())) {
        from = Math.max(0, t.start() - SNIPPET / 4);
        break;
      }
    }
    String text = doc.text();
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = Math.min(text.length(), from + SNIPPET);
    StringBuilder out = new StringBuilder();
    int at = from;
    for (Token t : tokens) {
      if (t.start() < from || t.end() > to || !words.contains(t.term())) {
        continue;
      }
      out.append(Entities.escape(text.substring(at, t.start())));
      out.append("<mark>")
          .append(Entities.escape(text.substring(t.start(), t.end())))
          .append("</mark>");
      at = t.end();
    }
    out.append(Entities.escape(text.substring(at, to)));
    return (from > 0 ? "… " : "") + out + (to < text.length() ? " …" : "");
  }

  private record Token(String term, int start, int end) {}

  private record Doc(
      ArticleId id,
      String slug,
      String title,
      String text,
      String language,
      Set<SectionId> sections,
      Set<TagId> tags,
      Set<AuthorId> authors,
      Instant publishAt,
      List<String> titleTokens,
      List<String> textTokens,
      List<Token> textTokenOffsets) {
    static Doc of(Article a) {
      String text = ArticleText.of(a);
      List<Token> offsets = tokens(text);
      return new Doc(
          a.id(),
          a.slug(),
          a.headline(),
          text,
          a.language().getLanguage(),
          Set.copyOf(a.sections()),
          Set.copyOf(a.tags()),
          Set.copyOf(a.authors()),
          Objects.requireNonNull(a.publishAt()),
          tokens(a.headline()).stream().map(Token::term).toList(),
          offsets.stream().map(Token::term).toList(),
          offsets);
    }
  }

  private record Scored(Doc doc, Position position) {}

  /** Where a hit stands in the order: score, then newer first, then id. */
  private record Position(double score, Instant publishAt, String id) {
    static final Comparator<Position> ORDER =
        Comparator.comparingDouble(Position::score)
            .reversed()
            .thenComparing(Position::publishAt, Comparator.reverseOrder())
            .thenComparing(Position::id, Comparator.reverseOrder());

    String encode() {
      String raw = score + "|" + publishAt + "|" + id;
      return CURSOR_PREFIX
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
      try {
        if (!cursor.startsWith(CURSOR_PREFIX)) {
          throw new IllegalArgumentException("prefix");
        }
        String raw =
            new String(
                Base64.getUrlDecoder().decode(cursor.substring(CURSOR_PREFIX.length())),
                StandardCharsets.UTF_8);
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 3) {
          throw new IllegalArgumentException("parts");
        }
        return new Position(
            Double.parseDouble(parts[0]),
            Instant.parse(parts[1]),
            ArticleId.parse(parts[2]).toString());
      } catch (RuntimeException e) {
        throw new SearchQueryException("cursor", "Malformed", "is not a cursor of this search");
      }
    }
  }

  @Override
  public String toString() {
    return "InMemorySearchIndex";
  }
}
