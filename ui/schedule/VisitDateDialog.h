// A date for a visit: moving a planned visit (with an optional reason), or planning an extra one (with a name
// and the instruments to take).
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;

namespace outcome {

class InstrumentLibrary;

class VisitDateDialog : public QDialog
{
    Q_OBJECT

public:
    // Rescheduling: the date and an optional reason.
    VisitDateDialog(const QString& visitTitle, const QDate& current, QWidget* parent = nullptr);
    // An extra visit: a name, the date and the instruments to take.
    VisitDateDialog(const InstrumentLibrary& instruments, const QDate& suggested, QWidget* parent = nullptr);

    QDate date() const;
    QString reason() const;
    QString label() const;
    QStringList instruments() const;

private:
    void build(const QString& title, const QDate& date);

    QDateEdit* m_date = nullptr;
    QLineEdit* m_text = nullptr; // the reason when rescheduling, the visit's name when adding one
    QListWidget* m_instruments = nullptr;
};

} // namespace outcome
