// Status colours, symbols and badges.
#include "StatusColors.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace outcome {

bool StatusColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor StatusColors::color(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x3D, 0xC2, 0x9A) : QColor(0x00, 0x7A, 0x5A);
    case Tone::Caution:
        return dark ? QColor(0xF0, 0xB4, 0x3C) : QColor(0x9A, 0x62, 0x00);
    case Tone::Alert:
        return dark ? QColor(0xFF, 0x8A, 0x5C) : QColor(0xB3, 0x3A, 0x00);
    case Tone::Muted: {
        // Halfway between text and background: quiet, but still readable.
        const QColor text = palette.color(QPalette::WindowText);
        const QColor base = palette.color(QPalette::Base);
        return QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5, (text.greenF() * 3 + base.greenF() * 2) / 5,
                                (text.blueF() * 3 + base.blueF() * 2) / 5);
    }
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0x6C, 0xB4, 0xEE) : QColor(0x00, 0x5F, 0x9E);
}

QColor StatusColors::tint(Tone tone, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hue = color(tone, palette);
    const double share = isDark(palette) ? 0.22 : 0.12;
    return QColor::fromRgbF(base.redF() + (hue.redF() - base.redF()) * share,
                            base.greenF() + (hue.greenF() - base.greenF()) * share,
                            base.blueF() + (hue.blueF() - base.blueF()) * share);
}

StatusColors::Tone StatusColors::toneFor(VisitState state)
{
    switch (state) {
    case VisitState::Done:
        return Tone::Good;
    case VisitState::DueToday:
        return Tone::Caution;
    case VisitState::Overdue:
        return Tone::Alert;
    case VisitState::Missed:
    case VisitState::Cancelled:
        return Tone::Muted;
    case VisitState::Scheduled:
        break;
    }
    return Tone::Neutral;
}

QString StatusColors::symbol(VisitState state)
{
    switch (state) {
    case VisitState::Done:
        return QStringLiteral("\u2713");
    case VisitState::DueToday:
        return QStringLiteral("\u25CF");
    case VisitState::Overdue:
        return QStringLiteral("!");
    case VisitState::Missed:
        return QStringLiteral("\u2715");
    case VisitState::Cancelled:
        return QStringLiteral("\u2013");
    case VisitState::Scheduled:
        break;
    }
    return QStringLiteral("\u25CB");
}

QIcon StatusColors::icon(VisitState state, const QPalette& palette)
{
    const QColor hue = color(toneFor(state), palette);
    const bool dark = isDark(palette);
    // Lists ask for a badge on every row they paint: each state's badge is drawn once per colour and font. The
    // pixmaps go with the application object, not after it.
    static QHash<QString, QIcon> drawn;
    static const bool releasedAtExit = [] {
        qAddPostRoutine([] { drawn.clear(); });
        return true;
    }();
    Q_UNUSED(releasedAtExit)
    const QString key = QStringLiteral("%1 %2 %3 ").arg(int(state)).arg(hue.rgba()).arg(dark) + QFont().key();
    if (const auto found = drawn.constFind(key); found != drawn.cend())
        return *found;
    QIcon icon;
    // Drawn at two sizes so the badge stays crisp at 200 % scaling.
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF circle = QRectF(pixmap.rect()).adjusted(size * 0.06, size * 0.06, -size * 0.06, -size * 0.06);
        const bool hollow = state == VisitState::Scheduled;
        painter.setPen(QPen(hue, size / 10.0));
        painter.setBrush(hollow ? QBrush(Qt::transparent) : QBrush(hue));
        painter.drawEllipse(circle);
        if (!hollow && state != VisitState::DueToday) {
            QFont font = painter.font();
            font.setPixelSize(int(size * 0.7));
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(dark ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white));
            painter.drawText(circle, Qt::AlignCenter, symbol(state));
        }
        icon.addPixmap(pixmap);
    }
    drawn.insert(key, icon);
    return icon;
}

} // namespace outcome
