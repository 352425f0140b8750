// Reads a PDF back as text with poppler's pdftotext and pdfinfo, the way a reader's tools see it.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace outcome::test {

inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of one page (1-based), or of the whole document when page is 0.
inline QString pdfText(const QString& path, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    // NFKC turns the typographic ligatures the PDF uses (fl, fi) back into letters.
    return runTool(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC);
}

// The text in reading order with every run of white space as one space, so that a phrase wrapped inside a table cell
// reads as it was written; a no-break space counts as a space.
inline QString pdfReadingText(const QString& path, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC).simplified();
}

inline int pdfPageCount(const QString& path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// pdffonts lines of fonts that are not embedded.
inline QStringList pdfUnembeddedFonts(const QString& path)
{
    QStringList unembedded;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Columns: name type encoding emb sub uni object ID; the header takes two lines.
    for (const QString& line : lines.mid(2)) {
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() >= 7 && fields[fields.size() - 5] != QLatin1String("yes"))
            unembedded << line;
    }
    return unembedded;
}

} // namespace outcome::test
