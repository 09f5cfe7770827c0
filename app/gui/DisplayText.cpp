// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/DisplayText.h"

#include <QCoreApplication>
#include <QTimeZone>

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

QDateTime inVietnam(const QDateTime& time) {
    // A fixed offset rather than the "Asia/Ho_Chi_Minh" zone: the same everywhere, with or without tz data.
    static const QTimeZone vietnam(7 * 3600);
    return time.toTimeZone(vietnam);
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

} // namespace dc::gui::text
