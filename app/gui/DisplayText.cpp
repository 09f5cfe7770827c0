// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/DisplayText.h"

#include "core/SiteTime.h"

#include <QCoreApplication>

#include <algorithm>

namespace dc::gui::text {

QString roleName(core::Role role) {
    switch (role) {
    case core::Role::Volunteer:
        return QCoreApplication::translate("DisplayText", "Volunteer");
    case core::Role::Supervisor:
        return QCoreApplication::translate("DisplayText", "Supervisor (civil-status officer)");
    case core::Role::District:
        return QCoreApplication::translate("DisplayText", "District Youth Union");
    case core::Role::Province:
        return QCoreApplication::translate("DisplayText", "Provincial Youth Union");
    }
    return {};
}

QString recordTypeName(core::RecordType type) {
    switch (type) {
    case core::RecordType::Birth:
        return QCoreApplication::translate("DisplayText", "Birth");
    case core::RecordType::Marriage:
        return QCoreApplication::translate("DisplayText", "Marriage");
    case core::RecordType::Death:
        return QCoreApplication::translate("DisplayText", "Death");
    }
    return {};
}

QString outcomeName(core::Outcome outcome) {
    switch (outcome) {
    case core::Outcome::Match:
        return QCoreApplication::translate("DisplayText", "Match");
    case core::Outcome::Corrected:
        return QCoreApplication::translate("DisplayText", "Corrected");
    case core::Outcome::MissingEnteredNew:
        return QCoreApplication::translate("DisplayText", "Missing, entered new");
    case core::Outcome::DuplicateInDatabase:
        return QCoreApplication::translate("DisplayText", "Duplicate in the database");
    case core::Outcome::Escalated:
        return QCoreApplication::translate("DisplayText", "Cannot decide, escalated");
    case core::Outcome::Void:
        return QCoreApplication::translate("DisplayText", "Voided");
    }
    return {};
}

QString correctionClassName(core::domain::CorrectionClass correctionClass) {
    using core::domain::CorrectionClass;
    switch (correctionClass) {
    case CorrectionClass::None:
        return QCoreApplication::translate("DisplayText", "Same value");
    case CorrectionClass::MissingInDb:
        return QCoreApplication::translate("DisplayText", "Missing in the database");
    case CorrectionClass::ExtraInDb:
        return QCoreApplication::translate("DisplayText", "Not in the register");
    case CorrectionClass::Format:
        return QCoreApplication::translate("DisplayText", "Written differently");
    case CorrectionClass::DatePrecision:
        return QCoreApplication::translate("DisplayText", "Date precision");
    case CorrectionClass::SpacingCase:
        return QCoreApplication::translate("DisplayText", "Spacing or capitals");
    case CorrectionClass::TonePlacement:
        return QCoreApplication::translate("DisplayText", "Tone mark placement");
    case CorrectionClass::Diacritic:
        return QCoreApplication::translate("DisplayText", "Diacritics");
    case CorrectionClass::DateDayMonthSwap:
        return QCoreApplication::translate("DisplayText", "Day and month swapped");
    case CorrectionClass::DateOther:
        return QCoreApplication::translate("DisplayText", "Other date error");
    case CorrectionClass::Number:
        return QCoreApplication::translate("DisplayText", "Digits");
    case CorrectionClass::Value:
        return QCoreApplication::translate("DisplayText", "Another value from the list");
    case CorrectionClass::Spelling:
        return QCoreApplication::translate("DisplayText", "Spelling");
    case CorrectionClass::Other:
        return QCoreApplication::translate("DisplayText", "Other");
    }
    return {};
}

QString bookTitle(const core::Book& book) {
    const QString years = book.yearTo == book.yearFrom
                              ? QString::number(book.yearFrom)
                              : QString::number(book.yearFrom) + QChar(0x2013) + QString::number(book.yearTo);
    return QCoreApplication::translate("DisplayText", "%1, book %2, %3")
        .arg(recordTypeName(book.recordType), book.bookNumber, years);
}

QString orDash(const QString& value) {
    return value.isEmpty() ? QStringLiteral("—") : value;
}

QVariantMap option(const QVariant& value, const QString& text) {
    return {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}

QString duration(qint64 seconds) {
    const qint64 s = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString reviewStateName(core::ReviewState state) {
    switch (state) {
    case core::ReviewState::Pending:
        return QCoreApplication::translate("DisplayText", "Pending review");
    case core::ReviewState::Approved:
        return QCoreApplication::translate("DisplayText", "Approved");
    case core::ReviewState::Returned:
        return QCoreApplication::translate("DisplayText", "Returned to the pair");
    case core::ReviewState::Flagged:
        return QCoreApplication::translate("DisplayText", "Flagged for the district");
    case core::ReviewState::Resolved:
        return QCoreApplication::translate("DisplayText", "Resolved");
    }
    return {};
}

QString reviewDecisionName(core::ReviewDecision decision) {
    switch (decision) {
    case core::ReviewDecision::Approve:
        return QCoreApplication::translate("DisplayText", "Approve");
    case core::ReviewDecision::Return:
        return QCoreApplication::translate("DisplayText", "Return to the pair");
    case core::ReviewDecision::Flag:
        return QCoreApplication::translate("DisplayText", "Flag for the district");
    case core::ReviewDecision::Unapprove:
        return QCoreApplication::translate("DisplayText", "Undo the decision");
    case core::ReviewDecision::Resolve:
        return QCoreApplication::translate("DisplayText", "Resolve");
    }
    return {};
}

QString spotResultName(core::SpotResult result) {
    switch (result) {
    case core::SpotResult::Pending:
        return QCoreApplication::translate("DisplayText", "Not re-checked yet");
    case core::SpotResult::Confirmed:
        return QCoreApplication::translate("DisplayText", "Confirmed");
    case core::SpotResult::Missed:
        return QCoreApplication::translate("DisplayText", "Missed");
    }
    return {};
}

// A day typed as dd/MM/yyyy (d/M/yyyy too); nullopt for an empty text, an invalid QDate for one that cannot be read.
std::optional<QDate> typedDay(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    QDate day = QDate::fromString(trimmed, QStringLiteral("dd/MM/yyyy"));
    if (!day.isValid()) {
        day = QDate::fromString(trimmed, QStringLiteral("d/M/yyyy"));
    }
    return day;
}

QString waited(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0) {
        return QCoreApplication::translate("DisplayText", "%1 d %2 h").arg(days).arg(hours % 24);
    }
    if (hours > 0) {
        return QCoreApplication::translate("DisplayText", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate("DisplayText", "%1 min").arg(minutes);
}

QDateTime inVietnam(const QDateTime& time) {
    return time.toTimeZone(core::sitetime::zone());
}

QString date(const QDateTime& time) {
    return inVietnam(time).toString(QStringLiteral("dd/MM/yyyy"));
}

QString dateTime(const QDateTime& time) {
    return inVietnam(time).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString storedDate(const QString& storedUtc) {
    const QDateTime time = QDateTime::fromString(storedUtc, Qt::ISODate);
    return time.isValid() ? date(time) : QString();
}

QString storedTime(const QString& storedUtc) {
    const QDateTime time = QDateTime::fromString(storedUtc, Qt::ISODate);
    return time.isValid() ? inVietnam(time).toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace dc::gui::text
