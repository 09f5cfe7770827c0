// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/EntryDraft.h"

#include <QStringList>

#include "core/domain/Limits.h"
#include "core/domain/Values.h"

#include <QSet>

#include <algorithm>

namespace dc::core::domain {

namespace {

// A field key from outside is echoed in a finding only this far: it is shown, never trusted.
constexpr int kMaxEchoedKey = 100;

Finding error(const QString& field, const char* code) {
    return Finding{field, Severity::Error, QString::fromLatin1(code), {}};
}

void take(Findings& into, const Findings& from) {
    into.insert(into.end(), from.begin(), from.end());
}

QString stored(const QString& text) {
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

void checkEntryNumber(const EntrySchema& schema, const EntryDraft& draft, const EntryRange& range, DraftStage stage,
                      DraftCheck& out) {
    const QString& field = schema.keys.number;
    if (draft.entryNumber.trimmed().isEmpty()) {
        if (stage == DraftStage::Save) {
            out.findings.push_back(error(field, "field.required"));
        }
        return;
    }
    // Zero and negative numbers are out of the book's range, not malformed: a book's numbers start at 1.
    bool isInteger = false;
    const qlonglong asInteger = draft.entryNumber.trimmed().toLongLong(&isInteger);
    if (isInteger && asInteger < 1) {
        out.findings.push_back(error(field, "check.entry_number_out_of_range"));
        return;
    }
    const CheckedValue number = checkValue(ValueKind::Number, draft.entryNumber, field);
    take(out.findings, number.findings);
    if (hasErrors(number.findings)) {
        return;
    }
    out.entryNumber = number.normalized.toInt();
    if ((range.first && out.entryNumber < *range.first) || (range.last && out.entryNumber > *range.last)) {
        out.findings.push_back(error(field, "check.entry_number_out_of_range"));
    }
}

// `corrected` receives the register's value of each correction whose value was accepted, as checkValue normalised it.
void checkCorrections(const EntrySchema& schema, const EntryDraft& draft, DraftStage stage, DraftCheck& out,
                      EntryValues& corrected) {
    if (draft.outcome != Outcome::Corrected && !draft.corrections.empty()) {
        out.findings.push_back(error(QString::fromLatin1(kCorrectionsPart), "check.corrections_not_allowed"));
        out.fieldOnly.push_back(out.findings.back());
    }
    if (draft.outcome == Outcome::Corrected && draft.corrections.empty() && stage == DraftStage::Save) {
        out.findings.push_back(error(QString::fromLatin1(kCorrectionsPart), "check.correction_required"));
        out.fieldOnly.push_back(out.findings.back());
    }
    QSet<QString> seen;
    for (const DraftCorrection& typed : draft.corrections) {
        CheckedCorrection c;
        c.fieldKey = typed.fieldKey;
        c.before = stored(typed.before);
        c.after = stored(typed.after);
        const FieldSpec* spec = schema.field(typed.fieldKey);
        if (!spec) {
            c.fieldKey = typed.fieldKey.left(kMaxEchoedKey);
            c.findings.push_back(error(c.fieldKey, "check.unknown_field"));
        } else if (seen.contains(typed.fieldKey)) {
            c.findings.push_back(error(typed.fieldKey, "check.duplicate_field"));
        } else {
            seen.insert(typed.fieldKey);
            c.known = true;
            // Both sides keep the shape they were typed in, but a full-width digit is stored as its ASCII digit.
            c.before = typedForm(spec->kind, typed.before);
            c.after = typedForm(spec->kind, typed.after);
            // The register's value must be a valid value of its kind; the database's may be anything it holds, short
            // of control characters or a megabyte.
            const CheckedValue after = checkValue(spec->kind, typed.after, typed.fieldKey);
            c.afterFindings = after.findings;
            if (!after.normalized.isEmpty()) {
                corrected.insert(typed.fieldKey, after.normalized);
            }
            c.beforeFindings = checkValue(ValueKind::Text, typed.before, typed.fieldKey).findings;
            take(c.findings, c.afterFindings);
            take(c.findings, c.beforeFindings);
            c.correctionClass = classifyCorrection(classifierKindFor(spec->kind), c.before, c.after);
            c.writingDifference = isWritingDifference(c.correctionClass);
        }
        take(out.findings, c.findings);
        out.corrections.push_back(std::move(c));
    }
}

// The rules between values (checkEntryRules), over the entry as it will be once corrected: its own registration date
// and name, and the register's value of each correction. A finding goes where the pair sees the value it names: the
// entry's own date or name, else the correction of its field.
void checkCorrectedEntry(const EntrySchema& schema, EntryValues corrected, const ValidationContext& rules,
                         DraftCheck& out) {
    if (out.registrationDay) {
        corrected.insert(schema.keys.date, out.registrationDate);
    }
    if (!out.subjectName.isEmpty()) {
        corrected.insert(schema.keys.name, out.subjectName);
    }
    for (const Finding& f : checkEntryRules(schema, corrected, rules)) {
        out.findings.push_back(f);
        const auto correction =
            std::find_if(out.corrections.begin(), out.corrections.end(),
                         [&](const CheckedCorrection& c) { return c.known && c.fieldKey == f.field; });
        if (f.field == schema.keys.date || f.field == schema.keys.name || correction == out.corrections.end()) {
            out.fieldOnly.push_back(f);
        } else {
            correction->afterFindings.push_back(f);
            correction->findings.push_back(f);
        }
    }
}

} // namespace

Findings DraftCheck::fieldFindings(const QString& field) const {
    Findings out;
    std::copy_if(fieldOnly.begin(), fieldOnly.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.field == field; });
    std::stable_partition(out.begin(), out.end(), [](const Finding& f) { return f.severity == Severity::Error; });
    return out;
}

Findings DraftCheck::findingsOf(const QString& field) const {
    Findings out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.field == field; });
    std::stable_partition(out.begin(), out.end(), [](const Finding& f) { return f.severity == Severity::Error; });
    return out;
}

int DraftCheck::realCorrections() const {
    return static_cast<int>(std::count_if(corrections.begin(), corrections.end(),
                                          [](const CheckedCorrection& c) { return c.known && !c.writingDifference; }));
}

DraftCheck checkDraft(const EntrySchema& schema, const EntryDraft& draft, const EntryRange& range, DraftStage stage,
                      const ValidationContext& rules) {
    DraftCheck out;
    out.outcome = draft.outcome;
    const bool escalated = draft.outcome == Outcome::Escalated;
    const bool save = stage == DraftStage::Save;

    checkEntryNumber(schema, draft, range, stage, out);

    // The registration date and the name are required, except when the entry cannot be read.
    const CheckedValue date = checkValue(ValueKind::Date, draft.registrationDate, schema.keys.date);
    take(out.findings, date.findings);
    if (date.date) {
        out.registrationDate = date.normalized;
        out.registrationDay = date.date;
    } else if (save && !escalated && draft.registrationDate.trimmed().isEmpty()) {
        out.findings.push_back(error(schema.keys.date, "field.required"));
    }
    const CheckedValue name = checkValue(ValueKind::PersonName, draft.subjectName, schema.keys.name);
    take(out.findings, name.findings);
    out.subjectName = name.normalized;
    if (save && !escalated && draft.subjectName.trimmed().isEmpty()) {
        out.findings.push_back(error(schema.keys.name, "field.required"));
    }
    const CheckedValue note = checkValue(ValueKind::Text, draft.note, QString::fromLatin1(kNotePart));
    take(out.findings, note.findings);
    out.note = note.normalized;
    if (draft.secondsSpent < 0 || draft.secondsSpent > kMaxSecondsSpent) {
        out.findings.push_back(error(QString::fromLatin1(kSecondsPart), "check.seconds_invalid"));
    }

    // "Type what you see" (FreeBMD): '_' for one unreadable letter, '*' for several; never a guess. While typing the
    // transcript is checked whatever the outcome (the box is open before the key that escalates).
    if (escalated || !save) {
        const CheckedValue transcript =
            checkValue(ValueKind::Text, draft.transcript, QString::fromLatin1(kTranscriptPart));
        take(out.findings, transcript.findings);
        out.transcript = escalated ? transcript.normalized : QString();
        if (save && draft.transcript.trimmed().isEmpty()) {
            out.findings.push_back(error(QString::fromLatin1(kTranscriptPart), "check.transcript_required"));
        }
    }

    out.fieldOnly = out.findings;
    EntryValues corrected;
    checkCorrections(schema, draft, stage, out, corrected);
    checkCorrectedEntry(schema, std::move(corrected), rules, out);
    if (out.outcome == Outcome::Corrected && !out.corrections.empty() && out.realCorrections() == 0 &&
        !out.hasErrors()) {
        out.outcome = Outcome::Match; // only writing differences: nothing to correct in the database
    }
    return out;
}

QString escalationTranscript(const EntrySchema& schema, const QString& impossibleDate, const QString& transcript,
                             const std::vector<DraftCorrection>& corrections) {
    QStringList parts;
    const QString date = impossibleDate.trimmed();
    const QString typed = transcript.trimmed();
    if (!date.isEmpty() || !typed.isEmpty()) {
        parts.append(date.isEmpty() ? typed : typed.isEmpty() ? date : date + QLatin1Char(' ') + typed);
    }
    for (const DraftCorrection& c : corrections) {
        const FieldSpec* spec = schema.field(c.fieldKey);
        if (spec && !c.after.trimmed().isEmpty()) {
            parts.append(spec->labelVi + QStringLiteral(": ") + c.after.trimmed());
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace dc::core::domain
