// The expected course of each measure of one instrument in a patient's course: how the clinic's own completed
// courses that started like it went, read from this computer's database only. The charts read it when an
// instrument's charts are first drawn, so opening a patient does not wait for it.
#pragma once

#include "CourseOutcomes.h"
#include "ExpectedCourse.h"
#include "Result.h"

#include <QHash>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

namespace outcome {

class Database;

// By chart key ("odi/total").
using ExpectedCourses = QHash<QString, ExpectedCourse>;

// The clinic's completed courses with their values of every measure of an instrument, kept between patients while
// the clinical data stay the same (the audit trail's latest entry tells): the first chart of an instrument reads
// them, later patients' charts only choose among them. The desktop program reads them all in the background once
// its window is up (preload), so that not even the first patient's charts wait for them.
class CompletedCourseCache
{
public:
    using Courses = QHash<QString, CoursesByBaseline>; // by measure id

    CompletedCourseCache() = default;
    ~CompletedCourseCache(); // waits for a preload still reading
    CompletedCourseCache(const CompletedCourseCache&) = delete;
    CompletedCourseCache& operator=(const CompletedCourseCache&) = delete;

    Result<std::shared_ptr<const Courses>> courses(Database& db, const InstrumentLibrary& library,
                                                   const QString& instrumentId);

    // Starts reading every instrument's completed courses on a connection of its own to the database at `path`,
    // in one thread. courses() takes what it read, waiting for it if need be, as long as nothing was saved since.
    // Once per cache: later calls do nothing.
    void preload(const QString& path, const InstrumentLibrary& library);

private:
    struct Entry
    {
        qint64 revision = -1;
        std::shared_ptr<const Courses> courses;
    };
    // `keepScores` false for a connection inside a read transaction of its own (the preload), which must not write.
    static Result<std::shared_ptr<const Courses>> read(Database& db, const InstrumentLibrary& library,
                                                       const QString& instrumentId, int threads,
                                                       const std::atomic<bool>* stop = nullptr, bool keepScores = true);
    static QHash<QString, Entry> readAll(const QString& path, const InstrumentLibrary& library,
                                         const std::atomic<bool>& stop);
    void takePreloaded();

    QHash<QString, Entry> m_entries; // by instrument id
    std::future<QHash<QString, Entry>> m_preloaded;
    std::thread m_preloading;
    std::atomic<bool> m_stopPreload{false}; // raised by the destructor: a closing window does not wait for it
    bool m_preloadStarted = false;
};

class ExpectedCourseReader
{
public:
    // The library must be the one the outcomes were built with.
    ExpectedCourseReader(Database& db, const InstrumentLibrary& library)
        : m_db(db)
        , m_library(library)
    {}

    // One entry per measure of `instrumentId` with an uncensored baseline and a similar-course rule (no blood
    // markers); whether it is shown is the entry's own isShown(). One pass over the answers of the instrument in
    // completed courses, or none where the cache still holds them.
    Result<ExpectedCourses> read(const CourseOutcomes& outcomes, const QString& instrumentId,
                                 CompletedCourseCache* cache = nullptr);

private:
    Database& m_db;
    const InstrumentLibrary& m_library;
};

} // namespace outcome
