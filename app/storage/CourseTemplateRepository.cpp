// Course template SQL.
#include "CourseTemplateRepository.h"

#include "Database.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CourseTemplateRepository)
};

const QString kSelect = QStringLiteral("SELECT id, template_key, version, name, definition FROM course_templates ");

} // namespace

Result<QList<CourseTemplate>> CourseTemplateRepository::read(const QString& sql, const QVariantList& values)
{
    QSqlQuery& query = m_db.prepared(kSelect + sql);
    if (Status status = m_db.exec(query, values, Tr::tr("read course templates")); !status)
        return status.error();
    QList<CourseTemplate> templates;
    while (query.next()) {
        const QJsonObject definition = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        Result<CourseTemplate> parsed = CourseTemplate::fromJson(definition);
        if (!parsed) {
            query.finish();
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("Course template \"%1\" is damaged: %2").arg(query.value(3).toString(), parsed.error().message));
        }
        CourseTemplate courseTemplate = std::move(parsed).value();
        courseTemplate.id = query.value(0).toLongLong();
        courseTemplate.key = query.value(1).toString();
        courseTemplate.version = query.value(2).toInt();
        courseTemplate.name = query.value(3).toString();
        templates.append(courseTemplate);
    }
    query.finish();
    return templates;
}

Result<CourseTemplate> CourseTemplateRepository::readOne(const QString& sql, const QVariantList& values,
                                                         const QString& notFound)
{
    Result<QList<CourseTemplate>> found = read(sql, values);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorKind::NotFound, notFound);
    return found->first();
}

Result<CourseTemplate> CourseTemplateRepository::find(qint64 templateId)
{
    return readOne(QStringLiteral("WHERE id = ?"), {templateId},
                   Tr::tr("There is no course template with id %1.").arg(templateId));
}

Result<CourseTemplate> CourseTemplateRepository::findVersion(const QString& key, int version)
{
    return readOne(QStringLiteral("WHERE template_key = ? AND version = ?"), {key, version},
                   Tr::tr("There is no course template \"%1\" version %2.").arg(key).arg(version));
}

Result<QList<CourseTemplate>> CourseTemplateRepository::current()
{
    return read(QStringLiteral("WHERE retired = 0 AND version = (SELECT MAX(t2.version) FROM course_templates t2 "
                               "WHERE t2.template_key = course_templates.template_key) ORDER BY name"),
                {});
}

Result<qint64> CourseTemplateRepository::ensureStandard()
{
    const CourseTemplate standard = CourseTemplate::standard();
    Result<QList<CourseTemplate>> existing =
        read(QStringLiteral("WHERE template_key = ? ORDER BY version DESC"), {standard.key});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->first().id;
    Result<CourseTemplate> saved = save(standard);
    if (!saved)
        return saved.error();
    return saved->id;
}

Result<CourseTemplate> CourseTemplateRepository::save(const CourseTemplate& input)
{
    if (Status status = validateCourseTemplate(input); !status)
        return status.error();
    if (input.name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("A course template needs a name."));
    CourseTemplate courseTemplate = input;
    courseTemplate.name = courseTemplate.name.trimmed();
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    courseTemplate.version = 1;
    if (courseTemplate.key.isEmpty()) {
        courseTemplate.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else {
        Result<QList<CourseTemplate>> latest =
            read(QStringLiteral("WHERE template_key = ? ORDER BY version DESC"), {courseTemplate.key});
        if (!latest)
            return latest.error();
        if (!latest->isEmpty()) {
            if (latest->first().sameDefinition(courseTemplate))
                return latest->first();
            courseTemplate.version = latest->first().version + 1;
        }
    }
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "INSERT INTO course_templates (template_key, version, name, definition, created_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id"));
    if (Status status =
            m_db.exec(query,
                      {courseTemplate.key, courseTemplate.version, courseTemplate.name,
                       QString::fromUtf8(QJsonDocument(courseTemplate.toJson()).toJson(QJsonDocument::Compact)),
                       m_db.timestamp()},
                      Tr::tr("save the course template"));
        !status)
        return status.error();
    query.next();
    courseTemplate.id = query.value(0).toLongLong();
    query.finish();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return courseTemplate;
}

Status CourseTemplateRepository::retire(const QString& key)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery& query = m_db.prepared(QStringLiteral("UPDATE course_templates SET retired = 1 WHERE template_key = ?"));
    if (Status status = m_db.exec(query, {key}, Tr::tr("retire the course template")); !status)
        return status;
    return transaction.commit();
}

} // namespace outcome
