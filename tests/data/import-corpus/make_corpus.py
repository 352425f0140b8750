#!/usr/bin/env python3
"""Writes the seed corpus of answers files that tst_importcorpus replays (run it from this folder).

Each file is a small clean answers file with one defect. The name says what an import must do with it:
  accept-*    imports into an empty database;
  refuse-*    is refused by every database, with nothing written;
  conflict-*  imports into an empty database and is refused by the one holding the sample patient C000001
              (Jane Example, born 1970-05-31, female, course from 2026-03-02 in which session 6 was missed).
The test replays each file, and mutations of it, into both databases with "today" fixed at 2026-06-15.
"""

HEADER = ("chart_number,family_name,given_name,birth_date,sex,course_start,course_template,"
          "course_template_version,course_status,course_end,treatment_label,visit_sequence,visit_kind,"
          "session_number,visit_label,scheduled_date,actual_date,visit_status,visit_note,instrument,"
          "instrument_version,form_incomplete,item,value,unit,censored")
COLUMNS = HEADER.split(",")


def row(**fields):
    values = {
        "chart_number": "F-1", "family_name": "Fuzz", "given_name": "Frida", "birth_date": "1980-01-01",
        "sex": "female", "course_start": "2026-01-05", "course_template": "standard-8x4",
        "course_template_version": "1", "course_status": "active", "course_end": "", "treatment_label": "Care",
        "visit_sequence": "1", "visit_kind": "baseline", "session_number": "0", "visit_label": "",
        "scheduled_date": "2026-01-05", "actual_date": "2026-01-05", "visit_status": "done", "visit_note": "",
        "instrument": "nrs", "instrument_version": "1", "form_incomplete": "0", "item": "pain", "value": "6",
        "unit": "", "censored": "",
    }
    values.update(fields)
    return ",".join(values[c] for c in COLUMNS)


def session(number, **fields):
    base = dict(visit_sequence=str(number + 1), visit_kind="session", session_number=str(number),
                scheduled_date="2026-01-%02d" % (5 + 3 * number), actual_date="2026-01-%02d" % (5 + 3 * number))
    base.update(fields)
    return row(**base)


def clean(**session2):
    return [row(),
            row(instrument="markers", instrument_version="1", item="crp", value="12", unit="mg/L"),
            session(1, value="5"),
            session(2, value="4", **session2)]


def sample(**fields):
    """A line for the sample patient's course (its baseline unless the fields say otherwise)."""
    base = dict(chart_number="C000001", family_name="Example", given_name="Jane", birth_date="1970-05-31",
                sex="female", course_start="2026-03-02", treatment_label="Exercise therapy",
                scheduled_date="2026-03-02", actual_date="2026-03-02")
    base.update(fields)
    return row(**base)


def text(lines, end="\n", bom=False):
    data = (HEADER + end + end.join(lines) + end).encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


FILES = {
    # Files that import.
    "accept-clean.csv": text(clean()),
    "accept-crlf.csv": text(clean(), end="\r\n"),
    "accept-bom.csv": text(clean(), bom=True),
    "accept-header-only.csv": text([]),
    "accept-lab-mgdl.csv": text([row(instrument="markers", item="crp", value="1.2", unit="mg/dL")]),
    "accept-lab-at-limit.csv": text([row(instrument="markers", item="crp", value="1000", unit="mg/L")]),
    "accept-lab-below-limit.csv": text([row(instrument="markers", item="il6", value="1.5", unit="pg/mL",
                                            censored="below")]),
    "accept-quoted-note.csv": text([row(visit_note='"Said: ""better"", slept well,\nwalked 2 km"')]),
    "accept-utf8-names.csv": text([row(family_name="Krüger", given_name="Zoë")]),
    # Visits that did not take place.
    "refuse-visit-missed.csv": text(clean(visit_status="missed", actual_date="")),
    "refuse-visit-scheduled-2030.csv": text(clean(visit_status="scheduled", scheduled_date="2030-01-08",
                                                  actual_date="")),
    "refuse-visit-cancelled.csv": text(clean(visit_status="cancelled", actual_date="")),
    "refuse-visit-done-in-future.csv": text(clean(actual_date="2026-06-16")),
    "refuse-visit-done-no-date.csv": text(clean(actual_date="")),
    # Lab values.
    "refuse-lab-implausible.csv": text([row(instrument="markers", item="crp", value="5000", unit="mg/L")]),
    "refuse-lab-overflow.csv": text([row(instrument="markers", item="crp", value="1.7e308", unit="mg/dL")]),
    "refuse-lab-negative.csv": text([row(instrument="markers", item="crp", value="-1", unit="mg/L")]),
    "refuse-lab-nan.csv": text([row(instrument="markers", item="crp", value="nan", unit="mg/L")]),
    "refuse-lab-inf.csv": text([row(instrument="markers", item="il6", value="inf", unit="pg/mL")]),
    "refuse-lab-unit.csv": text([row(instrument="markers", item="crp", value="12", unit="g/L")]),
    # Text that is not UTF-8.
    "refuse-utf8-latin1.csv": text(clean()).replace("Fuzz".encode(), b"F\xfcz", 1),
    "refuse-utf8-overlong.csv": text(clean()).replace(b"Care", b"C\xc0\xafre", 1),
    "refuse-utf8-surrogate.csv": text(clean()).replace(b"Frida", b"Fr\xed\xa0\x80da", 1),
    "refuse-utf8-cut-short.csv": text(clean())[:-1] + b"\xe2\x82",
    # CSV structure and header.
    "refuse-csv-unclosed-quote.csv": text(clean()).replace(b",Care,", b',"Care,', 1),
    "refuse-csv-text-after-quote.csv": text(clean()).replace(b",Care,", b',"Ca"re,', 1),
    "refuse-csv-stray-quote.csv": text(clean()).replace(b",Care,", b',Ca"re,', 1),
    "refuse-csv-short-line.csv": text(clean() + ["F-1,Fuzz,Frida"]),
    "refuse-header-missing-column.csv": text(clean()).replace(b",censored", b"", 1),
    "refuse-header-unknown-column.csv": text(clean()).replace(b",censored", b",censured", 1),
    "refuse-header-twice.csv": text(clean()).replace(b"unit,censored", b"unit,unit", 1),
    "refuse-deidentified.csv": text(clean()).replace(b"chart_number,", b"patient_id,", 1),
    "refuse-empty.csv": b"",
    # Fields.
    "refuse-value-out-of-range.csv": text([row(value="11")]),
    "refuse-value-not-a-number.csv": text([row(value="six")]),
    "refuse-item-unknown.csv": text([row(item="worst")]),
    "refuse-item-twice.csv": text([row(), row(value="7")]),
    "refuse-instrument-unknown.csv": text([row(instrument="sf12")]),
    "refuse-date-invalid.csv": text([row(course_start="2026-02-30")]),
    "refuse-birth-in-future.csv": text([row(birth_date="2027-01-01")]),
    "refuse-repeated-fact-differs.csv": text([row(), session(1, family_name="Fuzzy")]),
    "refuse-session-without-number.csv": text([session(1, session_number="0")]),
    "refuse-form-incomplete-2.csv": text([row(form_incomplete="2")]),
    "refuse-template-unknown.csv": text([row(course_template="weekly-12")]),
    # Against the sample patient's record.
    "conflict-sex.csv": text([sample(sex="male")]),
    "conflict-name-spelling.csv": text([sample(family_name="Exampel")]),
    "conflict-birth-date.csv": text([sample(birth_date="1970-05-13")]),
    "conflict-visit-missed-in-database.csv": text([sample(visit_sequence="7", visit_kind="session",
                                                          session_number="6", scheduled_date="2026-03-19",
                                                          actual_date="2026-03-19")]),
    "conflict-visit-other-date.csv": text([sample(actual_date="2026-03-03")]),
}

if __name__ == "__main__":
    for name, data in sorted(FILES.items()):
        with open(name, "wb") as out:
            out.write(data)
    print("%d files written" % len(FILES))
