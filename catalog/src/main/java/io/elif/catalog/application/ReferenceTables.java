package io.elif.catalog.application;

import io.elif.catalog.CatalogSettings;
import io.elif.catalog.DuplicateEntryException;
import io.elif.catalog.TaxClass;
import io.elif.catalog.domain.Category;
import io.elif.catalog.domain.ContainerType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The catalogue's settings, categories, tax classes and container types, as stored. */
public interface ReferenceTables {

    CatalogSettings settings();

    void saveSettings(CatalogSettings settings);

    List<Category> categories();

    Optional<Category> category(UUID id);

    /** @throws DuplicateEntryException when the name is taken (case-insensitive) */
    void saveCategory(Category category);

    List<TaxClass> taxClasses();

    Optional<TaxClass> taxClass(UUID id);

    /** @throws DuplicateEntryException when the name is taken (case-insensitive) */
    void saveTaxClass(TaxClass taxClass);

    List<ContainerType> containerTypes();

    Optional<ContainerType> containerType(UUID id);

    /** Those of the ids that exist. */
    Set<UUID> existingContainerTypes(Collection<UUID> ids);

    /** @throws DuplicateEntryException when the code is taken */
    void saveContainerType(ContainerType containerType);
}
