// The keys of the results form, listed once: the form's hint line and the keyboard-shortcuts page both read them,
// so neither can promise a key the form does not have.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace outcome {

struct EntryKey
{
    QStringList keys; // "Left", "Right"
    QString action;   // what they do, in full, for the shortcuts page
    QString verb;     // the word on the form's hint line ("change"); empty when the line leaves the key out
};

class EntryKeys
{
    Q_DECLARE_TR_FUNCTIONS(outcome::EntryKeys)

public:
    static QList<EntryKey> all();
    // "0-9 answer · Left/Right change · Up/Down move · ...", for the line under the form.
    static QString hintLine();
};

} // namespace outcome
