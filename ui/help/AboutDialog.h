// Help → About: version, licence, where the data lives, and the sources of every instrument.
#pragma once

#include <QDialog>

namespace outcome {

class InstrumentLibrary;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const InstrumentLibrary& library, const QString& databasePath, QWidget* parent = nullptr);

    // The instruments part as HTML, so a test can read it without a window.
    static QString instrumentSourcesHtml(const InstrumentLibrary& library);
};

} // namespace outcome
