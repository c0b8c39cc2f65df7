package io.dateline.cms.ninjs;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.testkit.SampleContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A tenant (Ukrainian, also English) on a storage, with a "War" section, for the tests. */
final class Newsroom {
  final ContentStorage storage;
  final Dateline dateline;
  final TenantId tenantId;

  Newsroom(ContentStorage storage) {
    this.storage = storage;
    this.dateline = Dateline.builder().storage(storage).publishScheduled(Duration.ZERO).build();
    SampleContent sample = SampleContent.forNewTenant();
    this.tenantId = sample.tenantId();
    dateline.saveTenant(sample.tenant());
    content()
        .sections()
        .create(new SectionDraft("war", LocalizedText.of("uk", "Війна", "en", "War"), null, 1));
  }

  TenantContent content() {
    return dateline.tenant(tenantId);
  }

  NinjsImporter importer() {
    return NinjsImporter.forTenant(dateline, storage, tenantId);
  }

  static String resource(String name) {
    try (InputStream in = Newsroom.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
