// Column names every statistics package accepts: letters, digits and underscores, a letter first, at most 32
// characters (Stata's limit, the tightest of R, SPSS and Stata), unique within the file.
#pragma once

#include <QSet>
#include <QString>

namespace outcome {

class ColumnNames
{
public:
    static constexpr int kMaxLength = 32;

    // "3 months" -> "v3_months", "hs-CRP" -> "hs_crp"; never empty.
    static QString safe(const QString& text);
    // safe(text), shortened and numbered ("_2", "_3", ...) until it is not among `taken`; adds it to `taken`.
    QString unique(const QString& text);

private:
    QSet<QString> m_taken;
};

} // namespace outcome
