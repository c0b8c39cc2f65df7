package io.dateline.cms;

import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;

/**
 * Manages one tenant's sections (rubrics). See {@link DirectoryService}.
 *
 * <p>Sections form a tree: a parent must be a section of the same tenant and not the section itself
 * or one of its descendants (rule {@code Acyclic}), and a section with subsections cannot be
 * deleted ({@link ReferenceInUseException}).
 *
 * @since 0.1.0
 */
public interface SectionService extends DirectoryService<Section, SectionId, SectionDraft> {}
