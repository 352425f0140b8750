// Shared helpers for core tests: the bundled instrument definitions and answers typed as answer lists.
#pragma once

#include "AnswerList.h"
#include "InstrumentLibrary.h"

#include <QtGlobal>

namespace outcome::test {

inline const InstrumentLibrary& bundledLibrary()
{
    static const InstrumentLibrary library = InstrumentLibrary::load();
    return library;
}

inline const InstrumentDefinition& bundled(const QString& id)
{
    const InstrumentDefinition* definition = bundledLibrary().find(id);
    if (!definition)
        qFatal("no bundled definition \"%s\"", qPrintable(id));
    return *definition;
}

// The answer lists in tests are fixed text; one that does not parse is a mistake in the test itself.
inline AnswerSet answers(const InstrumentDefinition& definition, const QString& list)
{
    Result<AnswerSet> parsed = AnswerList::parse(definition, list);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return std::move(parsed).value();
}

// Scores must agree with the clinical reference to the second decimal.
inline qint64 hundredths(double value)
{
    return qRound64(value * 100);
}

} // namespace outcome::test
