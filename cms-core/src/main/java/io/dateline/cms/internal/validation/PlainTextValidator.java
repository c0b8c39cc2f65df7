package io.dateline.cms.internal.validation;

import io.dateline.cms.validation.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Checks {@link PlainText} by parsing the text as an HTML body fragment with jsoup (the parser
 * browsers' rules are modelled on): the text is plain when the parse yields nothing but text, so
 * only what a browser would treat as markup is refused.
 *
 * @since 0.1.0
 */
public final class PlainTextValidator implements ConstraintValidator<PlainText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.indexOf('<') < 0) {
      return true;
    }
    Document parsed = Jsoup.parseBodyFragment(value);
    if (parsed.head().childNodeSize() > 0) {
      return false;
    }
    for (Node node : parsed.body().childNodes()) {
      if (!(node instanceof TextNode)) {
        return false;
      }
    }
    return true;
  }
}
