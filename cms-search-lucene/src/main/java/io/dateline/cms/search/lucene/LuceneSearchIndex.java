package io.dateline.cms.search.lucene;

import io.dateline.cms.Dateline;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.changes.ChangeSubscription;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.search.ArticleText;
import io.dateline.cms.search.PublishedArticles;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchIndex;
import io.dateline.cms.search.SearchPage;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.search.lucene.internal.LanguageAnalysis;
import io.dateline.cms.search.lucene.internal.RecencyBoost;
import io.dateline.cms.search.lucene.internal.SearchCursor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SearchIndex} on an embedded Apache Lucene index, with per-language analysis (Ukrainian
 * morphology, English stemming, standard word breaks otherwise), relevance ranking with a recency
 * boost, phrases, filters, cursor paging and highlighted snippets.
 *
 * <p>Each node keeps its own index, on local disk or in memory, and keeps it current by following
 * the change feed ({@link #follow}); the position it has read up to is stored in the index's own
 * commits, so after a restart it goes on from there and catches up.
 *
 * <pre>{@code
 * LuceneSearchIndex search = LuceneSearchIndex.builder().path(Path.of("/var/lib/news/search")).build();
 * search.follow(cms, Duration.ofMillis(500));   // indexes everything on first start, then follows
 * DatelineSite site = DatelineSite.builder(cms, renderer).search(search).build();
 * ...
 * search.close();                              // before cms.close()
 * }</pre>
 *
 * <p>Thread-safe: queries run concurrently; writes (the feed, {@link #index}, {@link #remove},
 * {@link #rebuild}) take turns. A write is visible to queries when the writing call returns.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

  /** The commit user-data key under which the change feed position is stored. */
  static final String POSITION = "dateline.changes.position";

  private static final String KEY = "key";
  private static final String TENANT = "tenant";
  private static final String LANGUAGE = "lang";
  private static final String ID = "id";
  private static final String SLUG = "slug";
  private static final String TITLE = "title";
  private static final String PUBLISHED = "published";
  private static final String PUBLISHED_AT = "publishedAt";
  private static final String SECTION = "section";
  private static final String TAG = "tag";
  private static final String AUTHOR = "author";
  private static final float TITLE_WEIGHT = 3f;
  private static final int SNIPPET_LENGTH = 200;

  /** Stored, with offsets in the postings, so the highlighter needs no re-analysis. */
  private static final FieldType BODY_TYPE;

  static {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    BODY_TYPE = type;
  }

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Clock clock;
  private final double halfLifeMicros;
  private final double recencyWeight;
  private final ReentrantLock writes = new ReentrantLock();
  private volatile @Nullable Dateline followed;
  private volatile @Nullable ChangeSubscription subscription;

  private LuceneSearchIndex(Builder b, Directory directory) throws IOException {
    this.directory = directory;
    this.analyzer = LanguageAnalysis.analyzer();
    this.clock = b.clock;
    this.halfLifeMicros = b.recencyHalfLife.toNanos() / 1000.0;
    this.recencyWeight = b.recencyWeight;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(b.ramBufferMb);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Starts building an index.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---- the change feed ----

  /**
   * Keeps the index current from a Dateline's change feed, from the position stored in the index.
   * An index that has never followed a feed first indexes every published article of every tenant
   * (and stores the feed's head as its position), so a new node, or a new index on an existing
   * site, starts complete. Each batch of changes re-reads the articles it names: published ones are
   * indexed, others removed; the batch's last position is committed with the index.
   *
   * @param cms the content to follow
   * @param pollInterval how often to read the feed; changes made through {@code cms} itself are
   *     read at once. {@link Duration#ZERO} for no thread: call the subscription's {@code poll()}.
   * @return the subscription; {@link #close()} closes it too
   * @throws IllegalStateException when this index already follows a feed
   */
  public ChangeSubscription follow(Dateline cms, Duration pollInterval) {
    Objects.requireNonNull(cms, "cms");
    Objects.requireNonNull(pollInterval, "pollInterval");
    writes.lock();
    try {
      if (subscription != null) {
        throw new IllegalStateException("This index already follows a change feed");
      }
      followed = cms;
      Optional<Long> stored = storedPosition();
      long start;
      if (stored.isPresent()) {
        start = stored.get();
      } else {
        start = cms.changes().head();
        for (Tenant tenant : cms.tenants()) {
          replace(tenant.id(), PublishedArticles.of(cms.tenant(tenant.id())));
        }
        commit(start);
        LOG.info("Search index built for {} tenants up to change {}", cms.tenants().size(), start);
      }
      ChangeSubscription sub = cms.changes().follow(start, pollInterval, this::apply);
      subscription = sub;
      return sub;
    } finally {
      writes.unlock();
    }
  }

  /**
   * The change-feed position the index has taken in and committed.
   *
   * @return the position; 0 when the index has never followed a feed
   */
  public long position() {
    return storedPosition().orElse(0L);
  }

  private Optional<Long> storedPosition() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(POSITION)) {
          return Optional.of(Long.parseLong(e.getValue()));
        }
      }
    }
    return Optional.empty();
  }

  private void apply(List<Change> batch) {
    Dateline cms = Objects.requireNonNull(followed);
    Set<ArticleKey> articles = new LinkedHashSet<>();
    for (Change change : batch) {
      if (change.kind().subject() == ChangeKind.Subject.ARTICLE) {
        articles.add(new ArticleKey(change.tenantId(), change.subjectId()));
      }
    }
    writes.lock();
    try {
      for (ArticleKey key : articles) {
        ArticleId id = ArticleId.parse(key.id());
        Optional<Article> article;
        try {
          article = cms.tenant(key.tenant()).articles().find(id);
        } catch (NotFoundException tenantGone) {
          article = Optional.empty();
        }
        if (article.isPresent()) {
          write(article.get());
        } else {
          delete(key.tenant(), id);
        }
      }
      commit(batch.get(batch.size() - 1).position());
    } finally {
      writes.unlock();
    }
  }

  private record ArticleKey(TenantId tenant, String id) {}

  // ---- writes ----

  @Override
  public void index(Article article) {
    Objects.requireNonNull(article, "article");
    writes.lock();
    try {
      write(article);
      refresh();
    } finally {
      writes.unlock();
    }
  }

  @Override
  public void remove(TenantId tenant, ArticleId id) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    writes.lock();
    try {
      delete(tenant, id);
      refresh();
    } finally {
      writes.unlock();
    }
  }

  @Override
  public void rebuild(TenantId tenant, Iterable<Article> articles) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(articles, "articles");
    writes.lock();
    try {
      replace(tenant, articles);
      commit(null);
    } finally {
      writes.unlock();
    }
  }

  /**
   * Re-indexes a tenant from the storage of the {@link Dateline} this index follows.
   *
   * @param tenant the tenant
   * @throws IllegalStateException when the index follows no feed
   * @throws NotFoundException when the tenant does not exist
   */
  public void rebuild(TenantId tenant) {
    Dateline cms = followed;
    if (cms == null) {
      throw new IllegalStateException("This index follows no Dateline; call follow(...) first");
    }
    rebuild(cms.tenant(tenant));
  }

  @Override
  public void rebuild(TenantContent content) {
    rebuild(content.tenant().id(), PublishedArticles.of(content));
  }

  /** Deletes a tenant's documents and adds the articles; visible at the next refresh. */
  private void replace(TenantId tenant, Iterable<Article> articles) {
    try {
      writer.deleteDocuments(new Term(TENANT, tenant.value()));
      for (Article article : articles) {
        if (article.tenantId().equals(tenant) && searchable(article)) {
          writer.addDocument(document(article));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the search index", e);
    }
  }

  private static boolean searchable(Article article) {
    return article.isPublished() && article.publishAt() != null;
  }

  private void write(Article article) {
    if (!searchable(article)) {
      delete(article.tenantId(), article.id());
      return;
    }
    try {
      writer.updateDocument(key(article.tenantId(), article.id()), document(article));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the search index", e);
    }
  }

  private void delete(TenantId tenant, ArticleId id) {
    try {
      writer.deleteDocuments(key(tenant, id));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the search index", e);
    }
  }

  /** Commits (with a new feed position, if given) and makes the writes visible. */
  private void commit(@Nullable Long position) {
    try {
      if (position != null) {
        writer.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the search index", e);
    }
    refresh();
  }

  private void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot refresh the search index", e);
    }
  }

  private static Term key(TenantId tenant, ArticleId id) {
    return new Term(KEY, tenant.value() + "/" + id);
  }

  private static long micros(Instant time) {
    return Math.addExact(
        Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1000);
  }

  private static Document document(Article a) {
    LanguageAnalysis.Kind kind = LanguageAnalysis.of(a.language());
    Instant publishAt = Objects.requireNonNull(a.publishAt());
    long published = micros(publishAt);
    Document doc = new Document();
    doc.add(new StringField(KEY, a.tenantId().value() + "/" + a.id(), Field.Store.NO));
    doc.add(new StringField(TENANT, a.tenantId().value(), Field.Store.NO));
    doc.add(new StringField(LANGUAGE, a.language().getLanguage(), Field.Store.NO));
    doc.add(new StringField(ID, a.id().toString(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(a.id().toString())));
    doc.add(new StoredField(SLUG, a.slug()));
    doc.add(new StoredField(TITLE, a.headline()));
    doc.add(new StoredField(PUBLISHED_AT, publishAt.toString()));
    doc.add(new LongPoint(PUBLISHED, published));
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new TextField(kind.titleField(), a.headline(), Field.Store.NO));
    doc.add(new Field(kind.bodyField(), ArticleText.of(a), BODY_TYPE));
    a.sections().forEach(s -> doc.add(new StringField(SECTION, s.toString(), Field.Store.NO)));
    a.tags().forEach(t -> doc.add(new StringField(TAG, t.toString(), Field.Store.NO)));
    a.authors().forEach(p -> doc.add(new StringField(AUTHOR, p.toString(), Field.Store.NO)));
    return doc;
  }

  // ---- queries ----

  @Override
  public SearchPage query(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    SearchCursor after = query.cursor() == null ? null : SearchCursor.decode(query.cursor());
    long now = after != null ? after.nowMicros() : micros(clock.instant());
    LanguageAnalysis.Kind kind = LanguageAnalysis.of(query.language());
    Query text = textQuery(kind, query.text());
    if (text instanceof MatchNoDocsQuery) {
      return SearchPage.empty();
    }
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    bool.add(
        FunctionScoreQuery.boostByValue(
            text, new RecencyBoost(PUBLISHED, now, halfLifeMicros, recencyWeight)),
        Occur.MUST);
    bool.add(new TermQuery(new Term(TENANT, query.tenant().value())), Occur.FILTER);
    bool.add(new TermQuery(new Term(LANGUAGE, query.language().getLanguage())), Occur.FILTER);
    if (query.section() != null) {
      bool.add(new TermQuery(new Term(SECTION, query.section().toString())), Occur.FILTER);
    }
    if (query.tag() != null) {
      bool.add(new TermQuery(new Term(TAG, query.tag().toString())), Occur.FILTER);
    }
    if (query.author() != null) {
      bool.add(new TermQuery(new Term(AUTHOR, query.author().toString())), Occur.FILTER);
    }
    if (query.publishedFrom() != null || query.publishedTo() != null) {
      long from = query.publishedFrom() == null ? Long.MIN_VALUE : micros(query.publishedFrom());
      long to = query.publishedTo() == null ? Long.MAX_VALUE : micros(query.publishedTo()) - 1;
      if (to < from) {
        return SearchPage.empty();
      }
      bool.add(LongPoint.newRangeQuery(PUBLISHED, from, to), Occur.FILTER);
    }
    Sort sort =
        new Sort(
            SortField.FIELD_SCORE,
            new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.STRING, true));
    IndexSearcher searcher = acquire();
    try {
      FieldDoc last = null;
      if (after != null) {
        // Ids are unique, so no hit ties with the cursor on every field: the document number only
        // has to be a valid one for the reader.
        last =
            new FieldDoc(
                Math.max(0, searcher.getIndexReader().maxDoc() - 1),
                after.score(),
                new Object[] {after.score(), after.publishMicros(), new BytesRef(after.id())});
      }
      int limit = query.limit();
      TopFieldDocs top = searcher.searchAfter(last, bool.build(), limit + 1, sort, true);
      int shown = Math.min(limit, top.scoreDocs.length);
      ScoreDoc[] page = java.util.Arrays.copyOf(top.scoreDocs, shown);
      TopFieldDocs pageDocs = new TopFieldDocs(top.totalHits, page, top.fields);
      String[] snippets = snippets(searcher, kind, text, pageDocs);
      List<SearchHit> hits = new ArrayList<>(shown);
      SearchCursor next = null;
      for (int i = 0; i < shown; i++) {
        FieldDoc fd = (FieldDoc) page[i];
        Document stored = searcher.storedFields().document(fd.doc);
        String id = stored.get(ID);
        String snippet = snippets[i] != null ? snippets[i] : "";
        hits.add(
            new SearchHit(
                ArticleId.parse(id),
                stored.get(SLUG),
                stored.get(TITLE),
                snippet,
                fd.score,
                Instant.parse(stored.get(PUBLISHED_AT))));
        next = new SearchCursor(now, (Float) fd.fields[0], (Long) fd.fields[1], id);
      }
      boolean more = top.scoreDocs.length > limit;
      return new SearchPage(hits, more && next != null ? next.encode() : null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index", e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The reader's words as a query: Lucene's {@link SimpleQueryParser} with only phrases and
   * whitespace as operators (everything else is text, and it never fails on input), every word
   * required, each looked for in the headline (weighted) and the text.
   */
  private Query textQuery(LanguageAnalysis.Kind kind, String text) {
    Map<String, Float> weights = new HashMap<>();
    weights.put(kind.titleField(), TITLE_WEIGHT);
    weights.put(kind.bodyField(), 1f);
    SimpleQueryParser parser =
        new SimpleQueryParser(
            analyzer,
            weights,
            SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
    parser.setDefaultOperator(Occur.MUST);
    Query parsed = parser.parse(text);
    return parsed == null ? new MatchNoDocsQuery() : parsed;
  }

  private String[] snippets(
      IndexSearcher searcher, LanguageAnalysis.Kind kind, Query text, TopFieldDocs docs)
      throws IOException {
    if (docs.scoreDocs.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            // Escapes everything but its own <mark> tags: the snippet is safe HTML.
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.3f))
            .build();
    String[] snippets = highlighter.highlight(kind.bodyField(), text, docs, 1);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        Document stored = searcher.storedFields().document(docs.scoreDocs[i].doc);
        String body = Objects.requireNonNullElse(stored.get(kind.bodyField()), "");
        snippets[i] =
            Entities.escape(
                body.length() > SNIPPET_LENGTH ? body.substring(0, SNIPPET_LENGTH) : body);
      }
    }
    return snippets;
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index", e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      LOG.warn("Cannot release a search index reader", e);
    }
  }

  /**
   * How many articles the index holds, all tenants together.
   *
   * @return the number of documents
   */
  public int size() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** Stops following the feed, commits and closes the index. Idempotent. */
  @Override
  public void close() {
    ChangeSubscription sub = subscription;
    if (sub != null) {
      sub.close();
    }
    writes.lock();
    try {
      if (!writer.isOpen()) {
        return;
      }
      searchers.close();
      writer.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the search index", e);
    } finally {
      writes.unlock();
    }
  }

  @Override
  public String toString() {
    return "LuceneSearchIndex[" + directory + "]";
  }

  /** Settings of a {@link LuceneSearchIndex}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Path path;
    private Clock clock = Clock.systemUTC();
    private Duration recencyHalfLife = Duration.ofDays(30);
    private double recencyWeight = 0.5;
    private double ramBufferMb = 32;

    private Builder() {}

    /**
     * Keeps the index in a directory on local disk (created if missing). Each node needs its own;
     * two indexes must never share a directory. Without a path the index lives in memory and is
     * rebuilt from storage at every start.
     *
     * @param path the directory
     * @return this builder
     */
    public Builder path(Path path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * The clock the recency boost counts ages from. Default: the system clock in UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The recency boost: a hit's relevance is multiplied by {@code 1 + weight * 2^(-age /
     * halfLife)}. Default: weight 0.5, half-life 30 days. A weight of 0 ranks by relevance alone.
     *
     * @param halfLife the age at which the boost halves; positive
     * @param weight the boost of a story published now, 0 to 10
     * @return this builder
     * @throws IllegalArgumentException when a value is out of range
     */
    public Builder recency(Duration halfLife, double weight) {
      Objects.requireNonNull(halfLife, "halfLife");
      if (halfLife.isNegative() || halfLife.isZero()) {
        throw new IllegalArgumentException("halfLife must be positive: " + halfLife);
      }
      if (!(weight >= 0 && weight <= 10)) {
        throw new IllegalArgumentException("weight must be between 0 and 10: " + weight);
      }
      this.recencyHalfLife = halfLife;
      this.recencyWeight = weight;
      return this;
    }

    /**
     * Memory the writer buffers before flushing a segment. Default 32 MiB; more speeds up bulk
     * indexing.
     *
     * @param megabytes the buffer size, 1 to 2,048
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder ramBufferMb(double megabytes) {
      if (!(megabytes >= 1 && megabytes <= 2048)) {
        throw new IllegalArgumentException("megabytes must be between 1 and 2048: " + megabytes);
      }
      this.ramBufferMb = megabytes;
      return this;
    }

    /**
     * Opens the index.
     *
     * @return the index; close it
     * @throws UncheckedIOException when the directory cannot be opened
     */
    public LuceneSearchIndex build() {
      try {
        Directory dir = path == null ? new ByteBuffersDirectory() : FSDirectory.open(path);
        return new LuceneSearchIndex(this, dir);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open the search index at " + path, e);
      }
    }
  }
}
