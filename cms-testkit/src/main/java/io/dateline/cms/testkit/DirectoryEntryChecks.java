package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.Dateline;
import io.dateline.cms.DirectoryKind;
import io.dateline.cms.DirectoryService;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.DirectoryEntryRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The bodies of {@link DirectoryEntryContract}. */
final class DirectoryEntryChecks {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final String ORG = "organisation";
  private static final String EVENT = "event";

  private final ContentStorage storage;

  DirectoryEntryChecks(ContentStorage storage) {
    this.storage = storage;
  }

  void roundTripAndUpdate() {
    TenantId tenant = newTenant();
    DirectoryEntryRepository entries = entries(tenant);
    DirectoryEntry entry =
        new DirectoryEntry(
            tenant,
            EntryId.random(),
            ORG,
            "ministerstvo-oborony",
            LocalizedText.of("uk", "Міністерство оборони", "en", "Ministry of Defence"),
            Map.of(
                "website", "https://www.mil.gov.ua/",
                "motto", "Сила — у єдності; ґанок, їжак, «лапки» та emoji 🇺🇦",
                "empty", "",
                "long", "я".repeat(DirectoryEntry.MAX_ATTRIBUTE_VALUE)));
    entries.insert(entry);

    assertThat(entries.findById(ORG, entry.id())).contains(entry);
    assertThat(entries.findBySlug(ORG, "ministerstvo-oborony")).contains(entry);
    assertThat(entries.exists(ORG, entry.id())).isTrue();
    // The kind is part of the identity: the same id under another kind names nothing.
    assertThat(entries.findById(EVENT, entry.id())).isEmpty();
    assertThat(entries.exists(EVENT, entry.id())).isFalse();
    assertThat(entries.findBySlug(EVENT, "ministerstvo-oborony")).isEmpty();

    DirectoryEntry renamed =
        new DirectoryEntry(
            tenant,
            entry.id(),
            ORG,
            "mou",
            LocalizedText.of(UK, "МОУ"),
            Map.of("website", "https://mou.example/"));
    entries.update(renamed);
    assertThat(entries.findById(ORG, entry.id())).contains(renamed);
    assertThat(entries.findBySlug(ORG, "mou")).contains(renamed);
    assertThat(entries.findBySlug(ORG, "ministerstvo-oborony")).isEmpty();

    DirectoryEntry unknown =
        new DirectoryEntry(tenant, EntryId.random(), ORG, "nobody", name("Ніхто"), Map.of());
    assertThatThrownBy(() -> entries.update(unknown)).isInstanceOf(NotFoundException.class);
    assertThat(entries.findById(ORG, unknown.id())).isEmpty();
  }

  void slugUniquePerKind() {
    TenantId tenant = newTenant();
    TenantId other = newTenant();
    DirectoryEntryRepository entries = entries(tenant);
    DirectoryEntry first = entry(tenant, ORG, "kyiv", "Київ");
    entries.insert(first);

    DirectoryEntry clash = entry(tenant, ORG, "kyiv", "Інший Київ");
    assertThatThrownBy(() -> entries.insert(clash))
        .isInstanceOfSatisfying(
            DuplicateSlugException.class,
            e -> {
              assertThat(e.slug()).isEqualTo("kyiv");
              assertThat(e.kind()).isEqualTo(ORG);
            });
    assertThat(entries.findById(ORG, clash.id())).isEmpty();

    // The same slug in another kind of the tenant, and in the same kind of another tenant.
    DirectoryEntry event = entry(tenant, EVENT, "kyiv", "Київ");
    entries.insert(event);
    DirectoryEntry elsewhere = entry(other, ORG, "kyiv", "Київ");
    entries(other).insert(elsewhere);
    assertThat(entries.findBySlug(ORG, "kyiv")).contains(first);
    assertThat(entries.findBySlug(EVENT, "kyiv")).contains(event);
    assertThat(entries(other).findBySlug(ORG, "kyiv")).contains(elsewhere);

    // An update may not take another entry's slug; keeping its own is fine.
    DirectoryEntry second = entry(tenant, ORG, "lviv", "Львів");
    entries.insert(second);
    DirectoryEntry taking =
        new DirectoryEntry(tenant, second.id(), ORG, "kyiv", second.name(), Map.of());
    assertThatThrownBy(() -> entries.update(taking)).isInstanceOf(DuplicateSlugException.class);
    assertThat(entries.findById(ORG, second.id())).contains(second);
    DirectoryEntry same =
        new DirectoryEntry(tenant, second.id(), ORG, "lviv", name("Львів!"), Map.of("a", "b"));
    entries.update(same);
    assertThat(entries.findById(ORG, second.id())).contains(same);
  }

  void listPaging() {
    TenantId tenant = newTenant();
    DirectoryEntryRepository entries = entries(tenant);
    List<String> slugs = List.of("a-1", "a", "b", "a-2", "z", "ab", "c-10", "c-9");
    for (String slug : slugs) {
      entries.insert(entry(tenant, ORG, slug, slug));
    }
    entries.insert(entry(tenant, EVENT, "aa", "Подія"));
    List<String> sorted = slugs.stream().sorted().toList();

    List<String> seen = new ArrayList<>();
    String after = null;
    while (true) {
      List<DirectoryEntry> page = entries.list(ORG, after, 3);
      assertThat(page).hasSizeLessThanOrEqualTo(3);
      page.forEach(e -> assertThat(e.kind()).isEqualTo(ORG));
      page.forEach(e -> seen.add(e.slug()));
      if (page.size() < 3) {
        break;
      }
      after = page.get(page.size() - 1).slug();
    }
    assertThat(seen).containsExactlyElementsOf(sorted);
    assertThat(entries.list(ORG, "z", 10)).isEmpty();
    assertThat(entries.list(EVENT, null, 10))
        .extracting(DirectoryEntry::slug)
        .containsExactly("aa");
    assertThat(entries.list("nothing", null, 10)).isEmpty();
  }

  void delete() {
    TenantId tenant = newTenant();
    DirectoryEntryRepository entries = entries(tenant);
    DirectoryEntry entry = entry(tenant, ORG, "gone", "Зникле");
    DirectoryEntry kept = entry(tenant, ORG, "kept", "Залишене");
    entries.insert(entry);
    entries.insert(kept);

    assertThat(entries.delete(EVENT, entry.id())).isFalse();
    assertThat(entries.exists(ORG, entry.id())).isTrue();
    assertThat(entries.delete(ORG, entry.id())).isTrue();
    assertThat(entries.delete(ORG, entry.id())).isFalse();
    assertThat(entries.findById(ORG, entry.id())).isEmpty();
    assertThat(entries.exists(ORG, entry.id())).isFalse();
    assertThat(entries.list(ORG, null, 10)).containsExactly(kept);

    DirectoryEntry reuse = entry(tenant, ORG, "gone", "Нове");
    entries.insert(reuse);
    assertThat(entries.findBySlug(ORG, "gone")).contains(reuse);
  }

  void tenantIsolation() {
    TenantId mine = newTenant();
    TenantId theirs = newTenant();
    DirectoryEntry entry = entry(mine, ORG, "private", "Приватне");
    entries(mine).insert(entry);
    DirectoryEntryRepository other = entries(theirs);

    assertThat(other.findById(ORG, entry.id())).isEmpty();
    assertThat(other.findBySlug(ORG, "private")).isEmpty();
    assertThat(other.list(ORG, null, 100)).isEmpty();
    assertThat(other.exists(ORG, entry.id())).isFalse();
    assertThat(other.delete(ORG, entry.id())).isFalse();
    // An entry of one tenant cannot be written through another's repository.
    DirectoryEntry hijack =
        new DirectoryEntry(mine, entry.id(), ORG, "taken", name("Захоплене"), Map.of());
    assertThatThrownBy(() -> other.update(hijack)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> other.insert(entry(mine, ORG, "sneaky", "Х")))
        .isInstanceOf(IllegalArgumentException.class);
    // Its own entry with the same id is not found there either.
    DirectoryEntry ownUpdate =
        new DirectoryEntry(theirs, entry.id(), ORG, "private", name("Х"), Map.of());
    assertThatThrownBy(() -> other.update(ownUpdate)).isInstanceOf(NotFoundException.class);

    assertThat(entries(mine).findById(ORG, entry.id())).contains(entry);
    assertThat(entries(mine).list(ORG, null, 100)).containsExactly(entry);
  }

  void changeFeed() {
    TenantId tenant = newTenant();
    DirectoryEntryRepository entries = entries(tenant);
    DirectoryEntry entry = entry(tenant, ORG, "fed", "Стрічка");
    entries.insert(entry);
    entries.update(
        new DirectoryEntry(tenant, entry.id(), ORG, "fed-2", entry.name(), Map.of("k", "v")));
    DirectoryEntry clash = entry(tenant, ORG, "fed-2", "Дубль");
    assertThatThrownBy(() -> entries.insert(clash)).isInstanceOf(DuplicateSlugException.class);
    entries.delete(ORG, entry.id());
    entries.delete(ORG, entry.id());

    String id = entry.id().toString();
    assertThat(storage.changes().read(tenant, 0, 100))
        .filteredOn(change -> change.kind() != ChangeKind.TENANT_SAVED)
        .extracting(Change::kind, Change::subjectId)
        .containsExactly(
            tuple(ChangeKind.ENTRY_SAVED, id),
            tuple(ChangeKind.ENTRY_SAVED, id),
            tuple(ChangeKind.ENTRY_DELETED, id));
  }

  void throughTheService() {
    try (Dateline cms =
        Dateline.builder()
            .storage(storage)
            .clock(Clock.fixed(SampleContent.REFERENCE_TIME, ZoneOffset.UTC))
            .build()) {
      TenantId tenant = newTenant();
      DirectoryService<Org, EntryId, OrgDraft> orgs = cms.tenant(tenant).directory(Org.KIND);
      Org created = orgs.create(new OrgDraft(null, name("Міністерство оборони"), "https://mil"));
      assertThat(created.entry().slug()).isEqualTo("ministerstvo-oborony");
      assertThat(orgs.get(created.entry().id())).isEqualTo(created);
      assertThat(orgs.create(new OrgDraft(null, name("Міністерство оборони"), "x")).entry().slug())
          .isEqualTo("ministerstvo-oborony-2");
      orgs.delete(created.entry().id());
      assertThat(orgs.find(created.entry().id())).isEmpty();

      List<AuditEntry> audit =
          cms.tenant(tenant).audit().query(AuditQuery.builder().limit(100).build()).entries();
      assertThat(audit)
          .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
          .containsOnly(
              tuple(AuditAction.CREATED, AuditSubject.DIRECTORY_ENTRY, "kind organisation"),
              tuple(AuditAction.DELETED, AuditSubject.DIRECTORY_ENTRY, "kind organisation"));
      assertThat(audit).hasSize(3);
    }
  }

  /** A kind as an application writes it. */
  record Org(DirectoryEntry entry) {
    static final DirectoryKind<Org, OrgDraft> KIND =
        DirectoryKind.builder(ORG, Org.class, OrgDraft.class)
            .slug(OrgDraft::slug)
            .name(OrgDraft::name)
            .attributes(d -> Map.of("website", d.website()))
            .build(Org::new, Org::entry);
  }

  /** Its draft. */
  record OrgDraft(@Nullable String slug, LocalizedText name, String website) {}

  private static LocalizedText name(String text) {
    return LocalizedText.of(UK, text);
  }

  private static DirectoryEntry entry(TenantId tenant, String kind, String slug, String name) {
    return new DirectoryEntry(tenant, EntryId.random(), kind, slug, name(name), Map.of());
  }

  private DirectoryEntryRepository entries(TenantId tenant) {
    return storage.tenant(tenant).entries();
  }

  private TenantId newTenant() {
    SampleContent sample = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    return sample.tenantId();
  }
}
