// About dialog.
#include "AboutDialog.h"

#include "InstrumentLibrary.h"
#include "ScreenFit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace outcome {

QString AboutDialog::instrumentSourcesHtml(const InstrumentLibrary& library)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const InstrumentDefinition* definition : library.definitions()) {
        html +=
            QStringLiteral("<tr><td valign='top'><b>%1</b><br/>%2 %3</td><td valign='top'>%4<br/><i>%5</i></td></tr>")
                .arg(definition->name.toHtmlEscaped(), tr("version").toHtmlEscaped(),
                     definition->version.toHtmlEscaped(), definition->source.toHtmlEscaped(),
                     definition->licence.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

AboutDialog::AboutDialog(const InstrumentLibrary& library, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Outcome Tracker"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/outcome-tracker.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(tr("<h2>Outcome Tracker %1</h2>"
                        "<p>Clinical outcomes over a course of back-pain care: exact scoring, change that matters, "
                        "and summaries a referrer reads in ten seconds.</p>")
                         .arg(QApplication::applicationVersion().toHtmlEscaped()));
    heading->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(heading, 1);

    auto* details = new QTextBrowser(this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setAccessibleName(tr("About Outcome Tracker: licence, data location and instrument sources"));
    details->setOpenExternalLinks(true);
    details->setHtml(
        tr("<h3>Licence</h3><p>Free software under the GNU General Public License, version 3 or later. "
           "Outcome Tracker is a record-keeping and scoring aid for qualified clinicians; it does not replace "
           "clinical judgement.</p>"
           "<h3>Your data</h3><p>Database: %1</p>"
           "<h3>Instruments and their sources</h3>%2"
           "<p>Item wording of licensed questionnaires is not shipped: the forms show short descriptions in our "
           "own words. A clinic holding a licence can add the licensed wording in its own definition files.</p>"
           "<h3>Built with</h3><p>Qt %3, QCustomPlot %4, SQLite.</p>")
            .arg(databasePath.toHtmlEscaped(), instrumentSourcesHtml(library), QString::fromLatin1(qVersion()),
                 QStringLiteral(OT_QCUSTOMPLOT_VERSION)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    ScreenFit::resizeWithin(this, QSize(640, 560));
}

} // namespace outcome
