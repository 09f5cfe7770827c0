// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/CorrectionClass.h"
#include "core/services/Accounts.h"
#include "core/services/BookService.h"
#include "core/services/CheckLog.h"
#include "core/services/ReviewService.h"
#include "core/services/SpotCheckService.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

// Words and formats for values of core/, in the interface language (translation context "DisplayText").
namespace dc::gui::text {

// "Volunteer" → "Tình nguyện viên", "Supervisor" → "Giám sát (cán bộ tư pháp – hộ tịch)", ...
[[nodiscard]] QString roleName(core::Role role);
// "Birth" → "Khai sinh", "Marriage" → "Kết hôn", "Death" → "Khai tử".
[[nodiscard]] QString recordTypeName(core::RecordType type);

// "Match" → "Khớp", "Corrected" → "Đã sửa", ... (DOMAIN.md "Outcomes of checking one entry").
[[nodiscard]] QString outcomeName(core::Outcome outcome);
// "Diacritics" → "Dấu", "Tone mark placement" → "Vị trí dấu thanh", ... (docs/FIELDS.md "Correction classes").
[[nodiscard]] QString correctionClassName(core::domain::CorrectionClass correctionClass);
// "Birth, book 01, 1998" — how a book is named on the picker and the logging screen.
[[nodiscard]] QString bookTitle(const core::Book& book);
// "Pending review" → "Chờ duyệt", "Approved" → "Đã duyệt", ... (the review states of ReviewService).
[[nodiscard]] QString reviewStateName(core::ReviewState state);
// "Approve" → "Duyệt", "Return to the pair" → "Trả lại nhóm", ...
[[nodiscard]] QString reviewDecisionName(core::ReviewDecision decision);
// "Not checked yet", "Confirmed", "Missed".
[[nodiscard]] QString spotResultName(core::SpotResult result);
// How long something has waited: "45 min", "3 h 05 min", "2 days 4 h".
[[nodiscard]] QString waited(qint64 seconds);
// A day typed as dd/MM/yyyy (d/M/yyyy too): nullopt for an empty text, an invalid QDate for one that cannot be read.
[[nodiscard]] std::optional<QDate> typedDay(const QString& text);
// A range's separator, as in "1998–2005".
inline constexpr QChar kEnDash{0x2013};
// An empty value as "—".
[[nodiscard]] QString orDash(const QString& value);
// One choice of a QML list: {"value": value, "text": text}.
[[nodiscard]] QVariantMap option(const QVariant& value, const QString& text);
// Working time as H:MM:SS.
[[nodiscard]] QString duration(qint64 seconds);

// Dates are shown as dd/MM/yyyy in Vietnam's time (UTC+7, no daylight saving time; DOMAIN.md "Time").
[[nodiscard]] QDateTime inVietnam(const QDateTime& time);
[[nodiscard]] QString date(const QDateTime& time);
[[nodiscard]] QString dateTime(const QDateTime& time); // HH:mm dd/MM/yyyy
// A time as core stores it ("2022-12-01T01:30:00Z") as a date; empty when it cannot be read.
[[nodiscard]] QString storedDate(const QString& storedUtc);
// The same as HH:mm in Vietnam's time.
[[nodiscard]] QString storedTime(const QString& storedUtc);

} // namespace dc::gui::text
