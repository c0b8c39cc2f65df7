package io.dateline.cms.search.lucene.internal;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A factor for a hit's relevance that favours recent articles: {@code 1 + weight * 2^(-age /
 * halfLife)}, where the age is counted from a fixed "now" (which the cursor carries, so that every
 * page of a search scores alike). A story published now has its relevance raised by {@code weight};
 * one a half-life old by half of that; an old one by almost nothing, so a highly relevant old story
 * still beats a barely relevant new one.
 *
 * <p>Written here because Lucene's function queries offer no decay over a date field without the
 * expressions module; it reads the publish time from doc values.
 */
public final class RecencyBoost extends DoubleValuesSource {
  private final String field;
  private final long nowMicros;
  private final double halfLifeMicros;
  private final double weight;

  /**
   * Creates the boost.
   *
   * @param field the numeric doc-values field holding the publish time in epoch microseconds
   * @param nowMicros the time ages are counted from, in epoch microseconds
   * @param halfLifeMicros the age at which the boost halves, in microseconds; positive
   * @param weight the boost of an article published now; 0 for none
   */
  public RecencyBoost(String field, long nowMicros, double halfLifeMicros, double weight) {
    this.field = Objects.requireNonNull(field, "field");
    this.nowMicros = nowMicros;
    this.halfLifeMicros = halfLifeMicros;
    this.weight = weight;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues times = DocValues.getNumeric(ctx.reader(), field);
    return new DoubleValues() {
      private double value = 1;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        if (times.advanceExact(doc)) {
          double age = Math.max(0, nowMicros - times.longValue());
          value = 1 + weight * Math.pow(2, -age / halfLifeMicros);
        } else {
          value = 1;
        }
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher reader) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, nowMicros, halfLifeMicros, weight);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RecencyBoost o
        && o.field.equals(field)
        && o.nowMicros == nowMicros
        && o.halfLifeMicros == halfLifeMicros
        && o.weight == weight;
  }

  @Override
  public String toString() {
    return "recency(" + field + ", halfLife=" + halfLifeMicros + "us, weight=" + weight + ")";
  }
}
