package io.dateline.cms.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.AccessDeniedException;
import io.dateline.cms.Action;
import io.dateline.cms.Actor;
import io.dateline.cms.Dateline;
import io.dateline.cms.DirectoryKind;
import io.dateline.cms.DirectoryService;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.ValidationException;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An application's own directory kind ({@link Organisation}, one file) through {@link
 * TenantContent#directory}, end to end on the in-memory store, using only the public API.
 */
@DisplayName("An application-defined directory kind")
class DirectoryKindTest {
  private static final TenantId UNN = TenantId.of("unn");
  private static final TenantId CITY = TenantId.of("city");
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Actor EDITOR = new Actor("ed-7", "Олена Редакторка");
  private static final Actor INTERN = new Actor("intern-1", "Стажер");
  private static final URI MOD = URI.create("https://www.mil.gov.ua/");

  /** A kind without annotations on its draft: only the generic entry rules apply. */
  private record Note(String slug, LocalizedText name, Map<String, String> attributes) {}

  private static final DirectoryKind<DirectoryEntry, Note> NOTES =
      DirectoryKind.builder("note", DirectoryEntry.class, Note.class)
          .slug(Note::slug)
          .name(Note::name)
          .attributes(Note::attributes)
          .build(e -> e, e -> e);

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Dateline cms =
      Dateline.builder()
          .storage(storage)
          .authorizer(
              request ->
                  !(request.actor().equals(INTERN)
                      && request.action() == Action.MANAGE_DIRECTORIES))
          .build();

  DirectoryKindTest() {
    cms.saveTenant(tenant(UNN, UK, "https://unn.example"));
    cms.saveTenant(tenant(CITY, Locale.ENGLISH, "https://city.example"));
  }

  @AfterEach
  void close() {
    cms.close();
  }

  private static Tenant tenant(TenantId id, Locale language, String url) {
    return Tenant.builder(id, id.value(), language, ZoneId.of("Europe/Kyiv"), URI.create(url))
        .supportedLocales(Set.of())
        .build();
  }

  private DirectoryService<Organisation, EntryId, Organisation.Draft> organisations(
      TenantId tenant) {
    return cms.tenant(tenant).as(EDITOR).directory(Organisation.KIND);
  }

  private static Organisation.Draft draft(String name) {
    return new Organisation.Draft(null, LocalizedText.of(UK, name), MOD);
  }

  private List<AuditEntry> audit(TenantId tenant) {
    return cms.tenant(tenant).audit().query(AuditQuery.builder().limit(1000).build()).entries();
  }

  @Test
  @DisplayName("creates, finds, lists, renames and deletes entries, deriving slugs from Ukrainian")
  void lifecycle() {
    var orgs = organisations(UNN);
    Organisation mod = orgs.create(draft("Міністерство оборони"));

    assertThat(mod.entry().slug()).isEqualTo("ministerstvo-oborony");
    assertThat(mod.entry().kind()).isEqualTo("organisation");
    assertThat(mod.entry().tenantId()).isEqualTo(UNN);
    assertThat(mod.entry().name().exactly(UK)).contains("Міністерство оборони");
    assertThat(mod.website()).isEqualTo(MOD);
    assertThat(orgs.get(mod.entry().id())).isEqualTo(mod);
    assertThat(orgs.findBySlug("ministerstvo-oborony")).contains(mod);

    // A second one of the same name gets the next free slug; an explicit taken slug is refused.
    Organisation second = orgs.create(draft("Міністерство оборони"));
    assertThat(second.entry().slug()).isEqualTo("ministerstvo-oborony-2");
    assertThatThrownBy(
            () ->
                orgs.create(
                    new Organisation.Draft(
                        "ministerstvo-oborony", LocalizedText.of(UK, "Інше"), MOD)))
        .isInstanceOf(DuplicateSlugException.class);

    Organisation renamed =
        orgs.update(
            second.entry().id(),
            new Organisation.Draft(
                "mou", LocalizedText.of(UK, "МОУ"), URI.create("https://mou.example/")));
    assertThat(renamed.entry().slug()).isEqualTo("mou");
    assertThat(renamed.website()).isEqualTo(URI.create("https://mou.example/"));
    assertThat(orgs.findBySlug("ministerstvo-oborony-2")).isEmpty();
    // A null slug keeps the current one.
    assertThat(orgs.update(second.entry().id(), draft("Міноборони")).entry().slug())
        .isEqualTo("mou");

    assertThat(orgs.list(null, 1)).containsExactly(mod);
    assertThat(orgs.list("ministerstvo-oborony", 10))
        .extracting(o -> o.entry().slug())
        .containsExactly("mou");

    orgs.delete(mod.entry().id());
    assertThat(orgs.find(mod.entry().id())).isEmpty();
    assertThatThrownBy(() -> orgs.delete(mod.entry().id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("organisation");
  }

  @Test
  @DisplayName(
      "validates drafts with Jakarta Validation, naming the field and rule, storing nothing")
  void draftValidation() {
    var orgs = organisations(UNN);
    long feed = storage.changes().head();

    assertThat(violations(() -> orgs.create(new Organisation.Draft(null, null, null))))
        .containsExactlyInAnyOrder(tuple("name", "NotNull"), tuple("website", "NotNull"));
    assertThat(
            violations(
                () ->
                    orgs.create(
                        new Organisation.Draft(
                            "Not A Slug",
                            LocalizedText.of(UK, "Назва"),
                            URI.create("ftp://files.example/")))))
        .containsExactlyInAnyOrder(tuple("slug", "Slug"), tuple("website", "HttpUrl"));
    assertThat(
            violations(
                () ->
                    orgs.create(
                        new Organisation.Draft(null, LocalizedText.of(UK, "Назва\u0000"), MOD))))
        .containsExactly(tuple("name[uk]", "WellFormedText"));

    assertThat(orgs.list(null, 10)).isEmpty();
    assertThat(storage.changes().head()).isEqualTo(feed);
    assertThat(audit(UNN)).isEmpty();
  }

  @Test
  @DisplayName("applies the generic rules to slug, name and attributes of any kind")
  void genericRules() {
    var notes = cms.tenant(UNN).directory(NOTES);
    LocalizedText name = LocalizedText.of(UK, "Нотатка");

    assertThat(violations(() -> notes.create(new Note("Bad Slug", name, Map.of()))))
        .containsExactly(tuple("slug", "Slug"));
    assertThat(violations(() -> notes.create(new Note(null, LocalizedText.empty(), Map.of()))))
        .containsExactly(tuple("name", "NotEmpty"));
    assertThat(
            violations(
                () ->
                    notes.create(
                        new Note(
                            null,
                            name,
                            Map.of(
                                "text",
                                "я".repeat(DirectoryEntry.MAX_ATTRIBUTE_VALUE + 1),
                                "bad key",
                                "x")))))
        .containsExactlyInAnyOrder(
            tuple("attributes[text]", "Size"), tuple("attributes[bad key]", "Pattern"));
    assertThat(violations(() -> notes.create(new Note(null, name, Map.of("broken", "\uD800")))))
        .containsExactly(tuple("attributes[broken]", "WellFormedText"));
    assertThat(notes.list(null, 10)).isEmpty();

    DirectoryEntry stored =
        notes.create(new Note(null, name, Map.of("text", "Текст українською: ґанок, їжак")));
    assertThat(stored.attribute("text")).isEqualTo("Текст українською: ґанок, їжак");
    assertThat(stored.slug()).isEqualTo("notatka");
    // Two kinds may share a slug within a tenant.
    assertThat(
            organisations(UNN)
                .create(new Organisation.Draft("notatka", LocalizedText.of(UK, "Н"), MOD))
                .entry()
                .slug())
        .isEqualTo("notatka");
  }

  @Test
  @DisplayName("refuses bad kind names when the kind is described")
  void kindNames() {
    assertThatThrownBy(() -> DirectoryKind.builder("Organisation", Note.class, Note.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind name")
        .hasMessageContaining("Pattern");
    assertThatThrownBy(() -> DirectoryKind.builder("x", Note.class, Note.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Pattern");
    assertThatThrownBy(() -> DirectoryKind.builder("tag", Note.class, Note.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("built-in")
        .hasMessageContaining("NotBuiltIn");
    assertThatThrownBy(
            () ->
                DirectoryKind.builder("event", DirectoryEntry.class, Note.class)
                    .build(e -> e, e -> e))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  @DisplayName("asks the authorizer before every command and stores nothing when it refuses")
  void authorization() {
    Organisation mod = organisations(UNN).create(draft("Міністерство оборони"));
    var intern = cms.tenant(UNN).as(INTERN).directory(Organisation.KIND);
    long feed = storage.changes().head();
    int audited = audit(UNN).size();

    for (Runnable command :
        List.<Runnable>of(
            () -> intern.create(draft("Генштаб")),
            () -> intern.update(mod.entry().id(), draft("Інша назва")),
            () -> intern.delete(mod.entry().id()))) {
      assertThatThrownBy(command::run)
          .isInstanceOfSatisfying(
              AccessDeniedException.class,
              e -> {
                assertThat(e.action()).isEqualTo(Action.MANAGE_DIRECTORIES);
                assertThat(e.actorId()).isEqualTo(INTERN.id());
              });
    }
    assertThat(organisations(UNN).list(null, 10)).containsExactly(mod);
    assertThat(storage.changes().head()).isEqualTo(feed);
    assertThat(audit(UNN)).hasSize(audited);
    // Reading is not a command: the intern may.
    assertThat(intern.get(mod.entry().id())).isEqualTo(mod);
  }

  @Test
  @DisplayName("records every command in the audit log and the change feed")
  void auditAndChangeFeed() {
    var orgs = organisations(UNN);
    long before = storage.changes().head();
    Organisation mod = orgs.create(draft("Міністерство оборони"));
    orgs.update(mod.entry().id(), draft("Міноборони"));
    orgs.delete(mod.entry().id());

    String id = mod.entry().id().toString();
    assertThat(audit(UNN))
        .extracting(
            AuditEntry::action,
            AuditEntry::subject,
            AuditEntry::subjectId,
            AuditEntry::actorId,
            AuditEntry::detail)
        .containsExactlyInAnyOrder(
            tuple(
                AuditAction.CREATED,
                AuditSubject.DIRECTORY_ENTRY,
                id,
                EDITOR.id(),
                "kind organisation"),
            tuple(
                AuditAction.UPDATED,
                AuditSubject.DIRECTORY_ENTRY,
                id,
                EDITOR.id(),
                "kind organisation"),
            tuple(
                AuditAction.DELETED,
                AuditSubject.DIRECTORY_ENTRY,
                id,
                EDITOR.id(),
                "kind organisation"));
    assertThat(storage.changes().read(UNN, before, 100))
        .extracting(Change::kind, Change::subjectId)
        .containsExactly(
            tuple(ChangeKind.ENTRY_SAVED, id),
            tuple(ChangeKind.ENTRY_SAVED, id),
            tuple(ChangeKind.ENTRY_DELETED, id));
    assertThat(ChangeKind.ENTRY_SAVED.subject()).isEqualTo(ChangeKind.Subject.ENTRY);
  }

  @Test
  @DisplayName("keeps tenants apart: another tenant neither sees nor changes an entry")
  void tenantIsolation() {
    Organisation mod = organisations(UNN).create(draft("Міністерство оборони"));
    var city = organisations(CITY);
    EntryId id = mod.entry().id();

    assertThat(city.find(id)).isEmpty();
    assertThat(city.findBySlug("ministerstvo-oborony")).isEmpty();
    assertThat(city.list(null, 100)).isEmpty();
    assertThatThrownBy(() -> city.get(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> city.update(id, draft("Захоплено")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> city.delete(id)).isInstanceOf(NotFoundException.class);

    // The same slug is free in the other tenant.
    Organisation own =
        city.create(new Organisation.Draft("ministerstvo-oborony", LocalizedText.of(UK, "M"), MOD));
    assertThat(own.entry().tenantId()).isEqualTo(CITY);
    assertThat(organisations(UNN).get(id)).isEqualTo(mod);
    assertThat(organisations(UNN).list(null, 100)).containsExactly(mod);
  }

  private static List<org.assertj.core.groups.Tuple> violations(Runnable command) {
    try {
      command.run();
    } catch (ValidationException e) {
      assertThat(e.subject()).isIn("organisation", "note");
      return e.violations().stream().map(v -> tuple(v.path(), v.rule())).toList();
    }
    throw new AssertionError("no ValidationException");
  }
}
