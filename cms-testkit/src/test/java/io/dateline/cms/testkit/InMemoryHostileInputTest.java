package io.dateline.cms.testkit;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.spi.ContentStorage;
import net.jqwik.api.Label;

@Label("InMemoryStorage under hostile input")
class InMemoryHostileInputTest extends HostileInputContract {
  @Override
  protected ContentStorage createStorage() {
    return new InMemoryStorage();
  }
}
