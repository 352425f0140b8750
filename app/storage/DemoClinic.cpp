// Demo clinic generation: names, ages, schedules with missed and late visits, and answer sets that follow a
// latent pain/disability trajectory (most improve over the course, some do not, a few worsen).
#include "DemoClinic.h"

#include "AssessmentRepository.h"
#include "ClinicalEventRepository.h"
#include "CourseRepository.h"
#include "CourseSchedule.h"
#include "CourseTemplateRepository.h"
#include "Database.h"
#include "DemoAnswers.h"
#include "DemoRandom.h"
#include "OutcomeCourseReader.h"
#include "PatientRepository.h"
#include "PatientSearch.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <optional>
#include <thread>
#include <vector>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::DemoClinic)
};

const char* const kFemaleNames[] = {
    "Anna",      "Maria",  "Sophie", "Emma",   "Olivia", "Chloé", "Zoë",      "Ingrid",    "Aisha",  "Priya",
    "Mei",       "Yuki",   "Fatima", "Elena",  "Lucía",  "Freya", "Hannah",   "Grace",     "Isabel", "Júlia",
    "Katarzyna", "Leonie", "Margit", "Nadia",  "Olga",   "Paula", "Rosa",     "Sara",      "Tanvi",  "Ursula",
    "Valentina", "Wendy",  "Ximena", "Yasmin", "Zsófia", "Agnès", "Brigitte", "Charlotte", "Dagny",  "Eilidh"};
const char* const kMaleNames[] = {
    "James", "Lukas",    "Mohammed", "Noah",    "Oliver", "Pedro",  "Quentin", "Rahul",  "Søren",    "Tomás",
    "Umar",  "Viktor",   "William",  "Xavier",  "Yusuf",  "Zoltán", "Ahmed",   "Björn",  "Carlos",   "David",
    "Émile", "François", "Georg",    "Hiroshi", "Ivan",   "Jörg",   "Kwame",   "Liam",   "Mateo",    "Niall",
    "Oskar", "Paolo",    "Rafael",   "Stefan",  "Thomas", "Wei",    "Łukasz",  "Andrés", "Benedikt", "Ciarán"};
const char* const kFamilyNames[] = {
    "Smith",     "Müller",       "García",    "Nguyen",    "O'Brien",    "Kowalski", "Rossi",    "Dubois",
    "Jensen",    "Papadopoulos", "Singh",     "Kim",       "Tanaka",     "Ahmed",    "Silva",    "Novák",
    "Andersson", "Van der Berg", "MacDonald", "Fernández", "Schmidt",    "Johnson",  "Williams", "Brown",
    "Taylor",    "Wilson",       "Martin",    "Lefèvre",   "Hoffmann",   "Bianchi",  "Costa",    "Horvat",
    "Nielsen",   "Öztürk",       "Yılmaz",    "Kaur",      "Chen",       "Wang",     "Lopez",    "Murphy",
    "Kelly",     "Walsh",        "Byrne",     "Evans",     "Thomas",     "Roberts",  "Hughes",   "Edwards",
    "Jäger",     "Weiß",         "Schäfer",   "Koch",      "Richter",    "Klein",    "Wolf",     "Neumann",
    "Schwarz",   "Zimmermann",   "Braun",     "Krüger",    "Hartmann",   "Lange",    "Werner",   "Moreau",
    "Laurent",   "Girard",       "Bonnet",    "Dupont",    "Lambert",    "Fontaine", "Rousseau", "Vincent",
    "Morel",     "Ferrari",      "Esposito",  "Romano",    "Colombo",    "Ricci",    "Marino",   "Greco",
    "Bruno",     "Gallo",        "Conti",     "De Luca",   "Mancini",    "Rizzo",    "Lombardi", "Moretti",
    "Barbieri",  "Fontana",      "Santoro",   "Mariani",   "Rinaldi",    "Caruso",   "Ferrara",  "Galli",
    "Martini",   "Leone",        "Longo",     "Gentile",   "Martinelli", "Vitale",   "Lombardo", "Serra",
    "Coppola",   "De Santis"};
const char* const kTreatments[] = {"Mind-body treatment", "Spinal manipulation", "Exercise therapy",
                                   "Education and advice"};
// The clinic's clinicians; a course's is chosen from its start day rather than by the random sequence, so that
// every other value of a seed's clinic stays as it was before courses named one.
const char* const kClinicians[] = {"Anna Keller", "Tomás Ortega", "Priya Raman"};
const char* const kVisitNotes[] = {"Reports better sleep this week.",
                                   "Sitting tolerance improved to about an hour.",
                                   "Pain worse after gardening at the weekend.",
                                   "Walking to work again.",
                                   "Home exercises done most days.",
                                   "Anxious about returning to work.",
                                   "Back at the gym with light weights.",
                                   "Stiff in the mornings, eases by noon.",
                                   "Drove two hours without stopping.",
                                   "Slept through the night for the first time in months."};
const char* const kFlareNotes[] = {"Lifted a heavy box at work.", "Long-haul flight.", "Moving house.",
                                   "Twisted while gardening."};

// How one demo patient's back pain behaves over time.
struct Trajectory
{
    double painAtStart = 5.5;        // 0-10
    double disabilityAtStart = 0.34; // ODI fraction
    double wellbeing = 0.7;          // 0-1, mental health
    double gain = 0.5;               // fraction of pain and disability gone by the end of the course
    double relapse = 0.0;            // fraction returning by six months
    bool markers = false;
    bool rmdq = false;
    bool crpInMilligramsPerDecilitre = false;
    double crpAtStart = 3.0;

    double factor(int day) const
    {
        const double course = std::pow(std::clamp(day / 28.0, 0.0, 1.0), 0.8);
        const double afterCourse = day > 28 ? 0.15 * std::min(1.0, (day - 28) / 63.0) : 0.0;
        const double comeBack = day > 91 ? relapse * std::min(1.0, (day - 91) / 91.0) : 0.0;
        return std::max(0.05, 1.0 - gain * (course + afterCourse) + comeBack);
    }
};

Trajectory makeTrajectory(DemoRandom& random)
{
    Trajectory trajectory;
    trajectory.painAtStart = std::clamp(random.normal(5.4, 1.3), 2.0, 9.5);
    trajectory.disabilityAtStart = std::clamp(random.normal(0.34, 0.09), 0.08, 0.72);
    trajectory.wellbeing = std::clamp(random.normal(0.68, 0.15) - (trajectory.painAtStart - 5.4) * 0.03, 0.15, 0.98);
    const double kind = random.uniform();
    if (kind < 0.55)
        trajectory.gain = random.uniform(0.45, 0.75);
    else if (kind < 0.80)
        trajectory.gain = random.uniform(0.15, 0.40);
    else if (kind < 0.93)
        trajectory.gain = random.uniform(-0.05, 0.10);
    else
        trajectory.gain = random.uniform(-0.40, -0.15);
    trajectory.relapse = random.chance(0.25) ? random.uniform(0.05, 0.25) : 0.0;
    trajectory.markers = random.chance(0.5);
    trajectory.rmdq = random.chance(0.2);
    trajectory.crpInMilligramsPerDecilitre = random.chance(0.1);
    trajectory.crpAtStart = std::exp(random.normal(1.0, 0.8));
    return trajectory;
}

QDateTime at(const QDate& day, int minutes)
{
    return QDateTime(day, QTime(8, 30).addSecs(qint64(minutes) * 60), Qt::UTC);
}

// Everything one demo patient brings, made before any of it is written.
struct PatientPlan
{
    Patient patient;
    QDateTime registeredAt;
    Course course;
    QList<Visit> visits;
    QList<Assessment> assessments; // visitId holds the index of the visit in `visits` until the visits are saved
    std::optional<ClinicalEvent> event;
};

class PlanMaker
{
public:
    PlanMaker(const DemoOptions& options, const CourseTemplate& standard, const DemoAnswers& answers)
        : m_options(options)
        , m_standard(standard)
        , m_answers(answers)
        , m_random(options.seed)
    {}

    PatientPlan make(int index);

private:
    const DemoOptions& m_options;
    const CourseTemplate& m_standard;
    const DemoAnswers& m_answers;
    DemoRandom m_random;
};

PatientPlan PlanMaker::make(int index)
{
    DemoRandom& random = m_random;
    const QDate today = m_options.today;
    PatientPlan plan;
    Patient& patient = plan.patient;
    const bool female = random.chance(0.52);
    patient.sex = female ? Sex::Female : Sex::Male;
    patient.givenName = female ? random.pick(kFemaleNames) : random.pick(kMaleNames);
    patient.familyName = random.pick(kFamilyNames);
    patient.chartNumber = QStringLiteral("C%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    const int age = 20 + random.below(61);
    patient.birthDate = today.addYears(-age).addDays(-random.below(365));
    if (random.chance(0.75))
        patient.phone = QStringLiteral("07700 9%1").arg(random.below(100000), 5, 10, QLatin1Char('0'));
    if (random.chance(0.45)) {
        const QString user = PatientSearch::fold(patient.givenName + QLatin1Char('.') + patient.familyName)
                                 .remove(QLatin1Char(' '))
                                 .remove(QLatin1Char('\''));
        patient.email = user + QStringLiteral("@example.org");
    }
    const QDate start = today.addDays(-random.below(271));
    plan.registeredAt = at(start.addDays(-1 - random.below(10)), random.below(480));

    const Trajectory trajectory = makeTrajectory(random);
    plan.visits = CourseSchedule::plan(m_standard, start);
    QDate lastResolved;
    bool finished = true;
    for (Visit& visit : plan.visits) {
        if (visit.scheduledDate > today) {
            finished = false;
            continue;
        }
        const bool isSession = visit.kind == VisitKind::Session;
        const qint64 daysAgo = visit.scheduledDate.daysTo(today);
        if (daysAgo == 0 || (daysAgo <= 6 && random.chance(0.35))) {
            finished = false; // due today, or not yet recorded: shows as overdue
            continue;
        }
        if (visit.kind != VisitKind::Baseline && random.chance(isSession ? 0.05 : 0.08)) {
            visit.status = VisitStatus::Missed;
            lastResolved = visit.scheduledDate;
            continue;
        }
        visit.status = VisitStatus::Done;
        const int lateBy = random.chance(0.12) ? 1 + random.below(isSession ? 3 : 10) : 0;
        visit.actualDate = std::min(visit.scheduledDate.addDays(lateBy), today);
        lastResolved = visit.actualDate;
        if (random.chance(0.1))
            visit.note = random.pick(kVisitNotes);
    }

    Course& course = plan.course;
    course.templateId = m_standard.id;
    course.startDate = start;
    course.treatmentLabel = random.pick(kTreatments);
    course.clinician = QString::fromUtf8(kClinicians[start.toJulianDay() % std::size(kClinicians)]);
    if (finished) {
        course.status = CourseStatus::Completed;
        course.endDate = lastResolved;
    }

    for (qsizetype visitIndex = 0; visitIndex < plan.visits.size(); ++visitIndex) {
        const Visit& visit = plan.visits.at(visitIndex);
        if (visit.status != VisitStatus::Done)
            continue;
        const int day = int(start.daysTo(visit.actualDate));
        const DemoHealth health{
            std::clamp(trajectory.painAtStart * trajectory.factor(day) + random.normal(0, 0.5), 0.0, 10.0),
            std::clamp(trajectory.disabilityAtStart * trajectory.factor(day) + random.normal(0, 0.035), 0.0, 1.0),
            std::clamp(trajectory.wellbeing + (1.0 - trajectory.factor(day)) * 0.15 + random.normal(0, 0.05), 0.0, 1.0),
            trajectory.crpAtStart * (0.6 + 0.4 * trajectory.factor(day)),
            trajectory.crpInMilligramsPerDecilitre,
            visit.kind != VisitKind::Baseline,
            1.0 - trajectory.factor(day)};
        QStringList instruments = visit.plannedInstruments;
        if (trajectory.markers && visit.optionalInstruments.contains(QStringLiteral("markers")))
            instruments.append(QStringLiteral("markers"));
        if (trajectory.rmdq && visit.kind != VisitKind::Session)
            instruments.append(QStringLiteral("rmdq"));
        // A visit's results are entered together, half an hour into the visit.
        const QDateTime enteredAt = at(visit.actualDate, 30);
        for (const QString& instrument : instruments) {
            Assessment assessment;
            assessment.visitId = visitIndex;
            assessment.instrumentId = instrument;
            assessment.instrumentVersion = m_answers.version(instrument);
            assessment.answers = m_answers.make(instrument, health, random);
            assessment.enteredAt = enteredAt;
            plan.assessments.append(std::move(assessment));
        }
    }

    if (random.chance(0.12)) {
        ClinicalEvent event;
        event.date = start.addDays(3 + random.below(60));
        const double kind = random.uniform();
        event.kind = kind < 0.6   ? ClinicalEventKind::FlareUp
                     : kind < 0.8 ? ClinicalEventKind::Imaging
                                  : ClinicalEventKind::Injection;
        event.note = event.kind == ClinicalEventKind::FlareUp   ? random.pick(kFlareNotes)
                     : event.kind == ClinicalEventKind::Imaging ? Tr::tr("MRI lumbar spine.")
                                                                : Tr::tr("Epidural steroid injection.");
        if (event.date <= today)
            plan.event = event;
    }
    return plan;
}

} // namespace

Status DemoClinic::generate(Database& db, const DemoOptions& options, const Progress& progress)
{
    if (options.patients < 1)
        return makeError(ErrorKind::Invalid, Tr::tr("The demo needs at least one patient."));
    Result<int> existing = PatientRepository(db).count(true);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorKind::Invalid,
                         (db.isServer() ? Tr::tr("%1 already holds %2 patients; demo data goes into a new, empty "
                                                 "database.")
                                        : Tr::tr("%1 already holds %2 patients; demo data goes into a new file."))
                             .arg(db.path())
                             .arg(*existing));

    QDateTime clock = at(options.today.addDays(-300), 0);
    const QString previousActor = db.actor();
    db.setActor(QStringLiteral("demo"));
    db.setClock([&clock]() { return clock; });
    if (Status status = db.beginBulkLoad(); !status)
        return status;
    const auto restore = qScopeGuard([&db, previousActor]() {
        db.setClock({});
        db.setActor(previousActor);
        (void)db.endBulkLoad();
    });

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    CourseTemplateRepository templates(db);
    Result<qint64> templateId = templates.ensureStandard();
    if (!templateId)
        return templateId.error();
    Result<CourseTemplate> standard = templates.find(*templateId);
    if (!standard)
        return standard.error();

    // One thread makes the patients (names, schedules, answers) while this one writes them, so making them costs
    // no time of its own. One random sequence in one order: the same seed still gives the same file. The maker
    // keeps at most kAhead patients ready, so a clinic of any size needs little memory.
    constexpr int kAhead = 256;
    const InstrumentLibrary library = InstrumentLibrary::load();
    const DemoAnswers answerMaker(library);
    PlanMaker maker(options, *standard, answerMaker);
    std::vector<PatientPlan> plans(kAhead);
    std::atomic<int> made{0};
    std::atomic<int> written{0};
    std::atomic<bool> stop{false};
    std::thread making([&]() {
        for (int index = 0; index < options.patients; ++index) {
            // A full window waits until the writer has taken half of it, so the two threads meet rarely.
            if (index - written.load(std::memory_order_acquire) >= kAhead) {
                for (int done = written.load(std::memory_order_acquire); index - done > kAhead / 2 && !stop.load();
                     done = written.load(std::memory_order_acquire))
                    written.wait(done, std::memory_order_acquire);
            }
            if (stop.load())
                return;
            plans[std::size_t(index % kAhead)] = maker.make(index);
            made.store(index + 1, std::memory_order_release);
            made.notify_one();
        }
    });
    const auto joinMaker = qScopeGuard([&]() {
        stop.store(true);
        written.store(options.patients, std::memory_order_release);
        written.notify_one();
        making.join();
    });

    PatientRepository patients(db);
    CourseRepository courses(db);
    AssessmentRepository assessments(db);
    ClinicalEventRepository events(db);
    for (int index = 0; index < options.patients; ++index) {
        for (int ready = made.load(std::memory_order_acquire); ready <= index;
             ready = made.load(std::memory_order_acquire))
            made.wait(ready, std::memory_order_acquire);
        PatientPlan plan = std::move(plans[std::size_t(index % kAhead)]);
        written.store(index + 1, std::memory_order_release);
        if ((index + 1) % (kAhead / 8) == 0)
            written.notify_one();

        clock = plan.registeredAt;
        Result<qint64> patientId = patients.create(plan.patient);
        if (!patientId)
            return patientId.error();

        plan.course.patientId = *patientId;
        clock = at(plan.course.startDate, 0);
        Result<Course> created = courses.create(plan.course, plan.visits);
        if (!created)
            return created.error();

        for (Assessment& assessment : plan.assessments)
            assessment.visitId = plan.visits.at(assessment.visitId).id;
        if (Result<QList<Assessment>> saved = assessments.insertAll(plan.assessments); !saved)
            return saved.error();

        if (plan.event) {
            plan.event->patientId = *patientId;
            plan.event->courseId = created->id;
            clock = at(plan.event->date, 600);
            if (Result<ClinicalEvent> added = events.add(*plan.event); !added)
                return added.error();
        }
        if (progress && ((index + 1) % 500 == 0 || index + 1 == options.patients))
            progress(index + 1, options.patients);
    }
    if (Status status = db.checkForeignKeys(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    // The clinic comes with its scores kept, as one whose answers were entered in the program does; a server plans
    // the reading of them from statistics of what was just written.
    if (Status status = db.gatherStatistics(); !status)
        return status;
    return OutcomeCourseReader(db).keepScores(library);
}

} // namespace outcome
