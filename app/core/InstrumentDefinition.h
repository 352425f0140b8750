// An instrument as data: its items, the measures it produces and how each is scored, read from a definition file.
#pragma once

#include "EnumCode.h"
#include "ItemDefinition.h"
#include "MeasureDefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace outcome {

enum class DefinitionOrigin
{
    Bundled, // shipped inside the program
    Clinic   // dropped into the clinic's instruments folder
};

inline constexpr auto kDefinitionOriginCodes = std::to_array<EnumCode<DefinitionOrigin>>({
    {DefinitionOrigin::Bundled, "bundled"},
    {DefinitionOrigin::Clinic, "clinic"},
});

// Answer code -> value, for recoding (RAND-36) and precoding (SF-36 summaries).
using CodeTable = std::map<int, double>;

// A pair of answers that is possible on paper but most likely a slip ("pain at its worst" below "pain now"): the
// entry form flags it in the definition's words and never refuses it, nor does scoring look at it.
struct AnswerCheck
{
    QString item;    // this item's answer...
    QString atMost;  // ...is expected not to exceed this item's answer
    QString message; // shown when it does
    bool operator==(const AnswerCheck& other) const = default;
};

// The words of one item in another language; an empty field keeps the definition's own.
struct ItemTranslation
{
    QString label;
    QString text;
    QString minLabel;
    QString maxLabel;
    QHash<int, AnswerOption> options; // by answer code: its label and text
};

// What a person answering reads, in one language: name, recall, instructions, items and options. Scoring, bands and
// messages for the clinic are the same in every language and stay in the definition's own words.
struct DefinitionTranslation
{
    QString name;
    QString recall;
    QString instructions;
    QHash<QString, ItemTranslation> items; // by item id
};

struct InstrumentDefinition
{
    QString id;           // "odi"
    QString name;         // "Oswestry Disability Index"
    QString shortName;    // "ODI"
    QString version;      // the published version ("2.1a"), else the definition's own
    QString recall;       // the period the answers describe ("now", "the past 4 weeks")
    QString instructions; // what the person answering is asked to do, for printed forms and self-entry
    QString source;       // citation
    QString licence;      // who owns the questionnaire and what we may show
    QString missingRule;  // the missing-item rule in words, for the entry form
    QString itemNounOne;  // what the form calls one item ("section"), for messages
    QString itemNounOther;
    QList<Coding> codes;
    QHash<QString, CodeTable> tables;
    QList<MeasureDefinition> measures; // in scoring order: a summary follows the measures it reads
    QList<AnswerCheck> checks;
    std::map<QString, DefinitionTranslation> translations; // by ISO 639 code; English is the definition's own text
    DefinitionOrigin origin = DefinitionOrigin::Bundled;
    QString filePath;
    // A digest of the definition's file, for telling whether scores stored with it are still this definition's.
    QString digest;

    // The items in form order; set together so that look-up by id stays in step with them.
    const QList<ItemDefinition>& items() const { return m_items; }
    void setItems(const QList<ItemDefinition>& items);
    // By id, without a search: scoring a clinic's worth of forms looks items up hundreds of thousands of times.
    const ItemDefinition* item(const QString& itemId) const;
    const MeasureDefinition* measure(const QString& measureId) const;
    // The measures people see: everything but the internal ones.
    QList<const MeasureDefinition*> reportedMeasures() const;
    const QString& itemNoun(int count) const { return count == 1 ? itemNounOne : itemNounOther; }
    // The checks the answers break; a check with an unanswered item is not broken.
    QList<AnswerCheck> brokenChecks(const AnswerSet& answers) const;
    // Whether a patient answers any item: every item but a lab value's.
    bool asksPatient() const;
    // The languages the definition has texts in besides English.
    QStringList languages() const;
    // A copy whose patient-facing words are in `language` where the definition has them, else its own (English);
    // the empty code, English, or a language it lacks give an unchanged copy.
    InstrumentDefinition inLanguage(const QString& language) const;

private:
    QList<ItemDefinition> m_items;
    QHash<QString, qsizetype> m_itemIndex;
};

} // namespace outcome
