// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/Accounts.h"
#include "core/services/BookService.h"

#include <QDateTime>
#include <QString>

// Words and formats for values of core/, in the interface language (translation context "DisplayText").
namespace dc::gui::text {

// "Volunteer" → "Tình nguyện viên", "Supervisor" → "Giám sát (cán bộ tư pháp – hộ tịch)", ...
[[nodiscard]] QString roleName(core::Role role);
// "Birth" → "Khai sinh", "Marriage" → "Kết hôn", "Death" → "Khai tử".
[[nodiscard]] QString recordTypeName(core::RecordType type);

// Dates are shown as dd/MM/yyyy in Vietnam's time (UTC+7, no daylight saving time; DOMAIN.md "Time").
[[nodiscard]] QDateTime inVietnam(const QDateTime& time);
[[nodiscard]] QString date(const QDateTime& time);
[[nodiscard]] QString dateTime(const QDateTime& time); // HH:mm dd/MM/yyyy
// A time as core stores it ("2022-12-01T01:30:00Z") as a date; empty when it cannot be read.
[[nodiscard]] QString storedDate(const QString& storedUtc);

} // namespace dc::gui::text
