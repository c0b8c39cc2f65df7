package io.dateline.cms.render;

import java.util.Locale;

/**
 * The theme's fixed words in the page's language ("Exclusive", "Most read", ...), read from the
 * renderer's message bundle.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language of the labels
 * @param exclusive badge on exclusive articles
 * @param mostRead title of the "most read" block
 * @param latest title of the latest headlines page
 * @param nextPage link to the next page of a listing
 * @param byline words before the authors' names
 * @param sections heading of the sections list
 * @param tags heading of the tags list
 * @param places heading of the places list
 * @param published words before the publish time
 * @param updated words before the update time
 * @param translations heading of the language switcher
 * @since 0.1.0
 */
public record Labels(
    Locale locale,
    String exclusive,
    String mostRead,
    String latest,
    String nextPage,
    String byline,
    String sections,
    String tags,
    String places,
    String published,
    String updated,
    String translations) {}
