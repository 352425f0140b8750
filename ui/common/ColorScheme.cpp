// The application palettes.
#include "ColorScheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace outcome {

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor base(0x1F, 0x21, 0x24);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x8A, 0x8D, 0x91);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2D));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3E));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x5C));
    palette.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3E, 0x41, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x2E, 0x30, 0x34));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    palette.setColor(QPalette::Shadow, QColor(0x0C, 0x0C, 0x0D));
    palette.setColor(QPalette::Highlight, QColor(0x3A, 0x7B, 0xC8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xEE));
    palette.setColor(QPalette::LinkVisited, QColor(0xB4, 0x9C, 0xEE));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4C));
    return palette;
}

QPalette lightPalette(QPalette palette)
{
    palette.setColor(QPalette::Window, QColor(0xF3, 0xF4, 0xF6));
    palette.setColor(QPalette::AlternateBase, QColor(0xF6, 0xF8, 0xFA));
    palette.setColor(QPalette::Highlight, QColor(0x1F, 0x6F, 0xC5));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

QStringList ColorScheme::names()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

void ColorScheme::apply(const QString& scheme)
{
    if (scheme == QLatin1String("dark") || scheme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette standard = QApplication::style()->standardPalette();
        QApplication::setPalette(scheme == QLatin1String("dark") ? darkPalette() : lightPalette(standard));
        return;
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

} // namespace outcome
