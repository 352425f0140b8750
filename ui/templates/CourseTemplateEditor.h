// Course templates: sessions, weekdays, follow-ups with their offsets and anchors, and which instruments belong at
// which visit. Saving a changed template adds a version; courses already started keep the version they began with.
#pragma once

#include "CourseTemplate.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace outcome {

class AppContext;
class InlineMessage;

class CourseTemplateEditor : public QDialog
{
    Q_OBJECT

public:
    explicit CourseTemplateEditor(AppContext& context, QWidget* parent = nullptr);

    // The template as the fields describe it now.
    const CourseTemplate& editing() const { return m_editing; }
    // Saves the edited template (a new version when it changed); true on success.
    bool save();
    void newTemplate();
    void addFollowUp();

    QListWidget* templateList() const { return m_list; }
    QTableWidget* followUpTable() const { return m_followUps; }
    QTableWidget* instrumentTable() const { return m_instruments; }

private:
    void reloadList(const QString& selectKey);
    void edit(const CourseTemplate& courseTemplate);
    void showFields();
    void fillFollowUps();
    void fillInstruments();
    void readFollowUp(int row);
    void readInstrument(int row, int column);
    void refreshPreview();
    void retire();
    QList<PlannedInstrument>* instrumentsOfColumn(int column);

    AppContext& m_context;
    QList<CourseTemplate> m_templates;
    CourseTemplate m_editing;
    bool m_filling = false;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_sessions = nullptr;
    QSpinBox* m_perWeek = nullptr;
    QList<QCheckBox*> m_weekdays;
    QTableWidget* m_followUps = nullptr;
    QTableWidget* m_instruments = nullptr;
    QLabel* m_preview = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace outcome
