// What an export leaves out and how it writes what it keeps; the command line and the Export dialog fill the same.
#pragma once

namespace outcome {

struct ExportOptions
{
    // No name, birth date, chart number or contact (a pseudonym and the age in years instead), no dates (days from
    // the course start instead) and no free text, unless includeFreeText.
    bool deidentified = false;
    // De-identified only: keep treatment labels, visit labels and visit notes, which may name people.
    bool includeFreeText = false;
    // CSV for spreadsheets rather than for R or pandas: a byte-order mark, and text that looks like a number
    // kept as text.
    bool spreadsheet = false;

    // Whether free text (treatment and visit labels, notes, clinical-event texts) may be written.
    bool writesFreeText() const { return !deidentified || includeFreeText; }
};

} // namespace outcome
