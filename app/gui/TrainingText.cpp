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

QString reasonText(const QString& key) {
    if (key == QLatin1String("outcomes")) {
        return QCoreApplication::translate("TrainingText", "too few outcomes right");
    }
    if (key == QLatin1String("corrections")) {
        return QCoreApplication::translate("TrainingText", "too few corrections right");
    }
    if (key == QLatin1String("writing_differences")) {
        return QCoreApplication::translate("TrainingText", "writing differences logged as corrections");
    }
    if (key == QLatin1String("escalations")) {
        return QCoreApplication::translate("TrainingText", "an escalation missed");
    }
    if (key == QLatin1String("not_finished")) {
        return QCoreApplication::translate("TrainingText", "a book not finished");
    }
    if (key == QLatin1String("missing_types")) {
        return QCoreApplication::translate("TrainingText", "not every kind of book practised");
    }
    return key;
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
