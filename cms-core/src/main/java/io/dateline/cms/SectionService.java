package io.dateline.cms;

import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;

/** Manages one tenant's sections (rubrics). See {@link DirectoryService}. */
public interface SectionService extends DirectoryService<Section, SectionId, SectionDraft> {}
