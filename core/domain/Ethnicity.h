// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dc::core::domain {

// The 54 recognised ethnic groups of Vietnam (Danh mục các dân tộc Việt Nam, Tổng cục Thống kê, Quyết định
// 121-TCTK/PPCĐ, 1979), with their official codes 01–54, plus "unknown" (00: chưa xác định) and "foreign"
// (55: người nước ngoài). A closed list (DOMAIN.md "Ethnicity").
struct Ethnicity {
    int code = 0;
    QString name; // the official Vietnamese name, e.g. "Ê Đê"
};

// Finds a group by any usual spelling, ignoring case, tone marks, spaces, hyphens and apostrophes:
// "kinh", "Ê đê", "Ede", "Ê-đê", "Khmer", "H'Mông", "Mông". nullopt when it is not one of the 56 values.
[[nodiscard]] std::optional<Ethnicity> findEthnicity(const QString& text);
[[nodiscard]] int ethnicityCount() noexcept; // 56: the 54 groups, unknown, foreign
// The official names of the 56, in the order of their codes (Kinh first, "Chưa xác định" last): the list a pair picks
// from.
[[nodiscard]] QStringList ethnicityNames();

} // namespace dc::core::domain
