// A message line inside a form or dialog: errors in a tinted box the eye finds, hidden when there is nothing to say.
#pragma once

#include <QLabel>

namespace outcome {

class InlineMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Information
    };

    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    void clearMessage();
    Kind kind() const { return m_kind; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Kind m_kind = Kind::Error;
};

} // namespace outcome
