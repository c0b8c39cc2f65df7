package io.dateline.cms.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchPage;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.testkit.SampleContent;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reader who types one form of a word finds articles that use another: Ukrainian through the
 * morfologik dictionary, English through stemming.
 */
@DisplayName("Morphology")
class MorphologyTest {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static LuceneSearchIndex index;

  @BeforeAll
  static void open() {
    index = LuceneSearchIndex.builder().build();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  /** Indexes one article whose text holds the form, and searches its tenant for the query. */
  private static SearchPage find(Locale language, String query, String text) {
    SampleContent content = SampleContent.forNewTenant();
    Article a =
        content
            .publishedArticle(SampleContent.REFERENCE_TIME)
            .language(language)
            .headline("—")
            .lead("")
            .body(List.of(Block.Paragraph.of(text)))
            .build();
    index.index(a);
    return index.query(SearchQuery.of(content.tenantId(), language, query));
  }

  @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
  @DisplayName("finds Ukrainian words in other cases and numbers")
  @CsvSource({
    "Харків, Обстріл у Харкові тривав усю ніч.",
    "Харків, Мешканці Харкова вийшли на суботник.",
    "енергетики, Зарплати енергетиків підвищать.",
    "Київ, У Києві відкрили новий міст.",
    "Львів, Потяг зі Львова запізнився.",
    "Одеса, В Одесі штормить.",
    "Україна, Делегація України прибула до Брюсселя.",
    "війна, Після війни місто відбудують.",
    "президент, Указ президента набув чинності.",
    "уряд, Рішення ухвалене урядом.",
    "вибори, На виборах переміг опозиціонер.",
    "рік, Бюджет наступного року затвердили.",
    "школа, У школах скасували уроки.",
    "закон, Парламент ухвалив пакет законів.",
    "ракета, Ворог атакував ракетами.",
    "обстріл, Внаслідок обстрілів пошкоджено дахи.",
    "зустріч, Під час зустрічі сторони домовилися.",
    "новина, Стежте за новинами.",
    "депутат, Депутатам підвищили зарплати.",
    "область, Світло повернули у шість областей.",
    "лікарня, Пораненого доправили до лікарні.",
    "дитина, Для дітей відкрили табір.",
    "писати, Журналіст пише книгу.",
    "Харкові, Харків готується до зими."
  })
  void ukrainian(String query, String text) {
    SearchPage page = find(UK, query, text);
    assertThat(page.hits()).as("%s in %s", query, text).hasSize(1);
  }

  @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
  @DisplayName("finds English words in other forms")
  @CsvSource({
    "energy, Prices of energies rose.",
    "running, The mayor runs again.",
    "city, Three cities flooded.",
    "election, Elections were held on Sunday.",
    "report, The agency reported a drop.",
    "negotiation, The sides will negotiate on Monday.",
    "attack, Attacks continued overnight.",
    "minister, Ministers met in Brussels.",
    "bridge, Two bridges closed.",
    "connected, Villages connect to the grid.",
    "flood, Flooding hit the valley.",
    "vote, Voting ends at eight.",
    "market, Markets fell sharply."
  })
  void english(String query, String text) {
    SearchPage page = find(Locale.ENGLISH, query, text);
    assertThat(page.hits()).as("%s in %s", query, text).hasSize(1);
  }

  @Test
  @DisplayName("does not confuse different Ukrainian words")
  void noFalseFriends() {
    assertThat(find(UK, "Харків", "Обстріл Херсона тривав усю ніч.").hits()).isEmpty();
    assertThat(find(UK, "енергетики", "Зарплати вчителів підвищать.").hits()).isEmpty();
  }

  @Test
  @DisplayName("marks the inflected form in the snippet")
  void highlightsInflectedForm() {
    SearchPage page = find(UK, "Харків", "Обстріл у Харкові тривав <усю> ніч.");
    SearchHit hit = page.hits().get(0);
    assertThat(hit.snippet()).contains("<mark>Харкові</mark>").contains("&lt;усю&gt;");
  }

  @Test
  @DisplayName("matches a Ukrainian phrase in any case of its words, in order")
  void ukrainianPhrase() {
    assertThat(find(UK, "\"енергетики Харкова\"", "Подякували енергетикам Харкову.").hits())
        .hasSize(1);
    assertThat(find(UK, "\"Харків енергетики\"", "Подякували енергетикам Харкову.").hits())
        .isEmpty();
  }
}
