// Test helper for the crash-safety tests: saves assessments (each with its own extra visit, in one transaction)
// into a database and prints each id once its transaction has committed. Killed at random moments by the tests.
// Usage: crash_writer DATABASE CHART COUNT [--desktop] [--step]
//   --desktop  opens the database as the desktop program does: the main connection, and the quick check on a
//              second connection in the background
//   --step     waits for a line on standard input before each save after the first
#include "AssessmentRepository.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "Database.h"
#include "IntegrityCheck.h"
#include "PatientRepository.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace outcome;

namespace {

int fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.message));
    return 1;
}

// The patient and course every save goes into, created once (in one transaction, so a kill leaves none or both).
Result<qint64> courseFor(Database& db, const QString& chart)
{
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    PatientRepository patients(db);
    Result<Patient> existing = patients.findByChartNumber(chart);
    qint64 patientId = existing ? existing->id : 0;
    if (!existing) {
        Patient patient;
        patient.chartNumber = chart;
        patient.familyName = QStringLiteral("Writer");
        patient.givenName = chart;
        patient.birthDate = QDate(1970, 1, 1);
        Result<qint64> created = patients.create(patient);
        if (!created)
            return created.error();
        patientId = *created;
    }
    CourseRepository courses(db);
    Result<QList<Course>> found = courses.forPatient(patientId);
    if (!found)
        return found.error();
    qint64 courseId = found->isEmpty() ? 0 : found->first().id;
    if (courseId == 0) {
        CourseTemplateRepository templates(db);
        Result<qint64> templateId = templates.ensureStandard();
        if (!templateId)
            return templateId.error();
        Result<CourseTemplate> standard = templates.find(*templateId);
        if (!standard)
            return standard.error();
        Result<Course> course = courses.start(patientId, *standard, QDate(2026, 1, 5), QStringLiteral("crash test"));
        if (!course)
            return course.error();
        courseId = course->id;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return courseId;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4)
        return 2;
    const bool desktop = arguments.contains(QStringLiteral("--desktop"));
    const bool step = arguments.contains(QStringLiteral("--step"));
    std::unique_ptr<IntegrityCheck> check; // outlives the database, whose saves wait for it
    Result<std::unique_ptr<Database>> opened =
        desktop ? IntegrityCheck::openChecked(arguments[1], check) : Database::open(arguments[1]);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;
    const Result<qint64> courseId = courseFor(db, arguments[2]);
    if (!courseId)
        return fail(courseId.error());
    CourseRepository courses(db);
    AssessmentRepository assessments(db);
    const int count = arguments[3].toInt();
    for (int i = 0; i < count; ++i) {
        std::string line;
        if (step && i > 0 && !std::getline(std::cin, line))
            return 0;
        Transaction transaction(db);
        if (!transaction.started())
            return fail(transaction.started().error());
        Result<Visit> visit =
            courses.addExtraVisit(*courseId, QStringLiteral("check %1").arg(i), QDate(2026, 2, 1), {});
        if (!visit)
            return fail(visit.error());
        Assessment assessment;
        assessment.visitId = visit->id;
        assessment.instrumentId = QStringLiteral("nrs");
        assessment.instrumentVersion = QStringLiteral("1");
        assessment.answers.setValue(QStringLiteral("pain"), i % 11);
        Result<Assessment> saved = assessments.save(assessment);
        if (!saved)
            return fail(saved.error());
        if (Status status = transaction.commit(); !status)
            return fail(status.error());
        // Reported only after the commit returned: everything printed here must survive a kill.
        std::printf("%lld\n", static_cast<long long>(saved->id));
        std::fflush(stdout);
    }
    return 0;
}
