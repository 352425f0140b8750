// Course templates, versioned: saving a changed template adds a version; courses keep the version they started from.
#pragma once

#include "CourseTemplate.h"
#include "Result.h"

#include <QList>

namespace outcome {

class Database;

class CourseTemplateRepository
{
public:
    explicit CourseTemplateRepository(Database& db)
        : m_db(db)
    {}

    // Makes sure the standard template exists; returns its newest version's id.
    Result<qint64> ensureStandard();
    // Stores a new template, or a new version of an existing key when the definition changed.
    Result<CourseTemplate> save(const CourseTemplate& courseTemplate);
    Status retire(const QString& key);

    Result<CourseTemplate> find(qint64 templateId);
    // One stored version of a template, by key (imports name templates this way).
    Result<CourseTemplate> findVersion(const QString& key, int version);
    // The newest version of every template that is not retired.
    Result<QList<CourseTemplate>> current();

private:
    Result<QList<CourseTemplate>> read(const QString& sql, const QVariantList& values);
    Result<CourseTemplate> readOne(const QString& sql, const QVariantList& values, const QString& notFound);
    Database& m_db;
};

} // namespace outcome
