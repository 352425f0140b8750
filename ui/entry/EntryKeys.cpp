// The results form's keys, as ChoiceInput, TickInput, NumberInput and VisitEntryDialog handle them.
#include "EntryKeys.h"

#include <QKeySequence>

namespace outcome {

QList<EntryKey> EntryKeys::all()
{
    return {
        {{tr("0-9")}, tr("Answer by the code on the paper form (1 then 0 is ten)"), tr("answer")},
        {{tr("Left"), tr("Right")}, tr("Choose the answer before or after"), tr("change")},
        {{tr("Home"), tr("End")}, tr("Choose the first or the last answer"), {}},
        {{tr("Up"), tr("Down")}, tr("Previous or next question, answer unchanged"), tr("move")},
        {{tr("Enter")}, tr("Next question (left blank if nothing is chosen)"), tr("next")},
        {{tr("Tab"), tr("Shift+Tab")}, tr("Next or previous field, Record boxes included"), {}},
        {{tr("Space")}, tr("Tick or untick a statement; on answer cells, as Enter"), {}},
        {{tr("1"), tr("0")}, tr("Tick a statement or leave it unticked, and go on"), {}},
        {{tr("Delete"), tr("Backspace")}, tr("Clear the answer"), tr("clear")},
        {{QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)},
         tr("Save the results and mark the visit done"),
         tr("save")},
        {{tr("Esc")}, tr("Close (asks first only if something would be lost)"), tr("close")},
    };
}

QString EntryKeys::hintLine()
{
    QStringList parts;
    for (const EntryKey& key : all()) {
        if (!key.verb.isEmpty())
            parts.append(tr("%1 %2").arg(key.keys.join(QLatin1Char('/')), key.verb));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace outcome
