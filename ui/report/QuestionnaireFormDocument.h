// Printed questionnaires: the instruments due at a visit (or one blank instrument) as pages a patient fills in by
// hand, every item numbered and in the entry form's order, so that typing the answers afterwards follows the paper.
#pragma once

#include "InstrumentDefinition.h"
#include "PagedDocument.h"
#include "Result.h"

#include <QDate>
#include <QPageSize>

#include <memory>
#include <optional>

namespace outcome {

class Database;
class InstrumentLibrary;

// Whose form it is; a blank form has none and prints lines to write on instead.
struct QuestionnaireFormPatient
{
    QString name;        // "Nowak, Ewa"
    QString chartNumber; // "C000017"
    QString visitTitle;  // "Baseline"
    QDate plannedDate;
};

class QuestionnaireFormDocument
{
public:
    // The instruments' words are printed in `language` where their definitions have it, else in English.
    QuestionnaireFormDocument(const QList<const InstrumentDefinition*>& instruments,
                              std::optional<QuestionnaireFormPatient> patient, const QString& language = {});

    // The instruments planned at a visit, in the order the results form shows them, with the visit's patient, in the
    // patient's language unless `language` names another. A visit without planned instruments, or planning one the
    // library does not know, is refused with what to do.
    static Result<QuestionnaireFormDocument> forVisit(Database& db, const InstrumentLibrary& library, qint64 visitId,
                                                      const std::optional<QString>& language = std::nullopt);

    // The definitions as printed: in the form's language where they have it.
    const QList<InstrumentDefinition>& instruments() const { return *m_instruments; }
    const QString& language() const { return m_language; }
    const std::optional<QuestionnaireFormPatient>& patient() const { return m_patient; }
    // "ODI, RAND-36": for the PDF's title and messages.
    QString instrumentNames() const;

    // Every item is one block that moves whole to the next page, the instrument's instructions going with its
    // first item. `bodyWidthMm` is the width the page leaves between its margins.
    PagedDocument document(qreal bodyWidthMm) const;
    // Returns the page count; nothing is left at `path` when it fails.
    Result<int> writePdf(const QString& path, const QPageSize& paper) const;

private:
    // Shared with the pages' painters, which may outlive a moved document.
    std::shared_ptr<const QList<InstrumentDefinition>> m_instruments;
    std::optional<QuestionnaireFormPatient> m_patient;
    QString m_language;
};

} // namespace outcome
