package io.dateline.cms.search.lucene.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Which analysis a language gets, and the field names that carry it. Each analysis has its own pair
 * of fields ({@code title_uk}, {@code body_uk}, ...), so one index holds every language and a query
 * runs through the same analysis as the documents it searches.
 *
 * <p><b>Ukrainian</b> goes through Lucene's {@link UkrainianMorfologikAnalyzer}: a dictionary-based
 * lemmatizer (the morfologik finite-state dictionary built from the VESUM dictionary of Ukrainian,
 * several hundred thousand lemmas with all their inflected forms). Ukrainian inflects nouns in
 * seven cases with stem alternations ("Харків" → "у Харкові"; "рік" → "року"), which a
 * suffix-stripping stemmer gets wrong and for which neither Lucene nor PostgreSQL ships a stemmer;
 * a lemmatizer maps each form to its dictionary form and so finds every case of a word, and it
 * keeps unknown words (new names) as they are. It also normalizes the apostrophe variants and
 * strips stress marks. It ships as a Maven artifact with its dictionary, so nothing is downloaded
 * at run time.
 *
 * <p><b>English</b> gets {@link EnglishAnalyzer} (possessives, stop words, Porter stemming); every
 * other language {@link StandardAnalyzer} (Unicode word breaks, lower case).
 */
public final class LanguageAnalysis {
  /** The analyses, by the suffix of their fields. */
  public enum Kind {
    /** Ukrainian morphology. */
    UK,
    /** English stemming. */
    EN,
    /** Word breaks and lower case. */
    STD;

    /**
     * The searchable headline field of this analysis.
     *
     * @return the field name
     */
    public String titleField() {
      return "title_" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The searchable (and highlighted) text field of this analysis.
     *
     * @return the field name
     */
    public String bodyField() {
      return "body_" + name().toLowerCase(Locale.ROOT);
    }
  }

  private LanguageAnalysis() {}

  /**
   * The analysis of a language.
   *
   * @param language the article's or query's language
   * @return its kind
   */
  public static Kind of(Locale language) {
    return switch (language.getLanguage()) {
      case "uk" -> Kind.UK;
      case "en" -> Kind.EN;
      default -> Kind.STD;
    };
  }

  /**
   * One analyzer for the whole index: each language's fields get their language's analysis, every
   * other field the standard one.
   *
   * @return a new analyzer; close it with the index
   */
  public static Analyzer analyzer() {
    Analyzer uk = new UkrainianMorfologikAnalyzer();
    Analyzer en = new EnglishAnalyzer();
    Analyzer std = new StandardAnalyzer();
    Map<String, Analyzer> fields = new HashMap<>();
    for (Kind kind : Kind.values()) {
      Analyzer a = kind == Kind.UK ? uk : kind == Kind.EN ? en : std;
      fields.put(kind.titleField(), a);
      fields.put(kind.bodyField(), a);
    }
    return new PerFieldAnalyzerWrapper(std, fields);
  }
}
