// Parsing an answer list into an AnswerSet, with the command line's error messages.
#include "AnswerList.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::AnswerList)
};

Result<ItemAnswer> parseEntry(const ItemDefinition& item, const QString& entry)
{
    // An optional comparator (lab values only), a plain decimal number, and for lab values an optional unit.
    static const QRegularExpression pattern(QStringLiteral(R"(^([<>]?)\s*([-+]?(?:\d+\.?\d*|\.\d+))\s*(.*)$)"));
    const QRegularExpressionMatch match = pattern.match(entry);
    const bool lab = item.input == InputKind::LabValue;
    if (!match.hasMatch() || (!lab && (!match.captured(1).isEmpty() || !match.captured(3).isEmpty())))
        return makeError(ErrorKind::Invalid, Tr::tr("item %1: \"%2\" is not a number").arg(item.number).arg(entry));
    ItemAnswer answer;
    answer.value = match.captured(2).toDouble();
    if (match.captured(1) == QLatin1String("<"))
        answer.censoring = Censoring::BelowLimit;
    else if (match.captured(1) == QLatin1String(">"))
        answer.censoring = Censoring::AboveLimit;
    const QString unit = match.captured(3);
    if (lab) {
        const QString accepted = item.acceptedUnit(unit);
        answer.unit = unit.isEmpty() ? item.unit : accepted.isEmpty() ? unit : accepted;
    }
    return answer;
}

} // namespace

Result<AnswerSet> AnswerList::parse(const InstrumentDefinition& definition, const QString& list)
{
    const QStringList entries = list.split(QLatin1Char(','));
    const qsizetype expected = definition.items().size();
    if (entries.size() != expected) {
        const QString message =
            expected == 1 ? Tr::tr("%1 takes 1 answer, got %2").arg(definition.id).arg(entries.size())
                          : Tr::tr("%1 takes %2 answers, got %3").arg(definition.id).arg(expected).arg(entries.size());
        return makeError(ErrorKind::Invalid, message);
    }
    AnswerSet answers;
    for (qsizetype i = 0; i < expected; ++i) {
        const ItemDefinition& item = definition.items()[i];
        const QString entry = entries[i].trimmed();
        if (entry.isEmpty())
            continue;
        const Result<ItemAnswer> answer = parseEntry(item, entry);
        if (!answer)
            return answer.error();
        if (Status status = item.check(*answer); !status)
            return status.error();
        answers.set(item.id, *answer);
    }
    return answers;
}

} // namespace outcome
