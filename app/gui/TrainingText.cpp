// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainingText.h"

#include "app/gui/DisplayText.h"

#include <QCoreApplication>

namespace dc::gui::trainingtext {

QString mistakeKindName(core::training::MistakeKind kind) {
    using core::training::MistakeKind;
    switch (kind) {
    case MistakeKind::NotLogged:
        return QCoreApplication::translate("TrainingText", "Not logged");
    case MistakeKind::WrongOutcome:
        return QCoreApplication::translate("TrainingText", "Wrong outcome");
    case MistakeKind::WrongValue:
        return QCoreApplication::translate("TrainingText", "Wrong corrected value");
    case MistakeKind::MissedCorrection:
        return QCoreApplication::translate("TrainingText", "Missed correction");
    case MistakeKind::WritingDifferenceCorrected:
        return QCoreApplication::translate("TrainingText", "Writing difference corrected");
    case MistakeKind::ExtraCorrection:
        return QCoreApplication::translate("TrainingText", "Correction not needed");
    case MistakeKind::EscalationMissed:
        return QCoreApplication::translate("TrainingText", "Escalation missed");
    case MistakeKind::EscalationUnneeded:
        return QCoreApplication::translate("TrainingText", "Escalation not needed");
    }
    return {};
}

namespace {

QString readinessReasonText(const QString& key) {
    if (key == QLatin1String(core::training::kNothingLogged)) {
        // A pair of the site with no result at all: the reason stands alone on its row.
        return QCoreApplication::translate("TrainingText", "Nothing logged yet");
    }
    if (key == QLatin1String("missing")) {
        return QCoreApplication::translate("TrainingText", "no book of this kind yet");
    }
    if (key == QLatin1String("no_entries")) {
        return QCoreApplication::translate("TrainingText", "no entry in the book");
    }
    if (key == QLatin1String("not_all_logged")) {
        return QCoreApplication::translate("TrainingText", "not every entry logged");
    }
    if (key == QLatin1String("outcomes_below_90")) {
        return QCoreApplication::translate("TrainingText", "fewer than 90 % of outcomes right");
    }
    if (key == QLatin1String("escalation_missed")) {
        return QCoreApplication::translate("TrainingText", "an escalation missed");
    }
    if (key == QLatin1String("writing_differences_corrected")) {
        return QCoreApplication::translate("TrainingText", "writing differences logged as corrections");
    }
    if (key == QLatin1String("corrections_below_80")) {
        return QCoreApplication::translate("TrainingText", "fewer than 80 % of corrections right");
    }
    return key;
}

} // namespace

QString reasonText(const QString& key) {
    // "birth.outcomes_below_90": the kind of book, then the reason (core::training::trainerBoard).
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        if (const auto type = core::domain::recordTypeFromKey(key.left(dot))) {
            return QCoreApplication::translate("TrainingText", "%1: %2")
                .arg(text::recordTypeName(*type), readinessReasonText(key.mid(dot + 1)));
        }
    }
    return readinessReasonText(key);
}

QString fraction(int part, int whole) {
    return QStringLiteral("%1/%2").arg(part).arg(whole);
}

QString decimal(double value, bool vietnamese) {
    QString number = QString::number(value, 'f', 1);
    if (vietnamese) {
        number.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return number;
}

QString answerText(const QString& value) {
    if (value.isEmpty()) {
        return QStringLiteral("—");
    }
    if (const auto outcome = core::domain::outcomeFromKey(value)) {
        return text::outcomeName(*outcome);
    }
    return value;
}

} // namespace dc::gui::trainingtext
