package io.dateline.cms.testkit;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryStorage keeps the storage contract")
class InMemoryStorageCompatibilityTest extends StorageCompatibilityKit
    implements ChangeFeedContract,
        MostReadContract,
        ReferentialIntegrityContract,
        WebhookContract,
        ImportSourceContract {
  @Override
  protected ContentStorage createStorage() {
    return new InMemoryStorage();
  }

  @Override
  public ContentStorage changeFeedStorage() {
    return storage();
  }

  @Override
  public ContentStorage mostReadStorage() {
    return storage();
  }

  @Override
  public ContentStorage referentialIntegrityStorage() {
    return storage();
  }

  @Override
  public ContentStorage webhookStorage() {
    return storage();
  }

  @Override
  public ContentStorage importSourceStorage() {
    return storage();
  }
}
