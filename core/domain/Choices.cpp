// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Choices.h"

#include "core/domain/Ethnicity.h"
#include "core/domain/FieldSearch.h"
#include "core/domain/IdNumber.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace dc::core::domain {

namespace {

// The nationalities met in civil-status registers since the 1950s: Vietnam's neighbours, the countries of its
// students, workers and spouses, and the states of the time that no longer exist (Liên Xô, Tiệp Khắc, Cộng hòa Dân
// chủ Đức, Nam Tư). Names as Vietnamese registers write them.
constexpr const char* kNationalities[] = {
    "Việt Nam",    "Lào",       "Campuchia",
    "Trung Quốc",  "Đài Loan",  "Hàn Quốc",
    "Triều Tiên",  "Nhật Bản",  "Thái Lan",
    "Philippines", "Malaysia",  "Singapore",
    "Indonesia",   "Myanmar",   "Ấn Độ",
    "Liên Xô",     "Nga",       "Ukraina",
    "Belarus",     "Tiệp Khắc", "Séc",
    "Slovakia",    "Ba Lan",    "Hungary",
    "Bulgaria",    "Rumani",    "Cộng hòa Dân chủ Đức",
    "Đức",         "Nam Tư",    "Cuba",
    "Mông Cổ",     "Pháp",      "Anh",
    "Hoa Kỳ",      "Canada",    "Úc",
    "New Zealand", "Hà Lan",    "Bỉ",
    "Thụy Điển",   "Na Uy",     "Đan Mạch",
    "Phần Lan",    "Thụy Sĩ",   "Ý",
    "Tây Ban Nha",
};

QString exactMember(ValueKind kind, const QString& typed) {
    if (kind == ValueKind::Sex) {
        const auto sex = parseSex(typed);
        return !sex ? QString() : *sex == Sex::Male ? QStringLiteral("Nam") : QStringLiteral("Nữ");
    }
    if (kind == ValueKind::Ethnicity) {
        const auto group = findEthnicity(typed);
        return group ? group->name : QString();
    }
    const CheckedValue nationality = checkValue(kind, typed);
    return valueChoices(kind).contains(nationality.normalized) ? nationality.normalized : QString();
}

} // namespace

bool isClosedSet(ValueKind kind) noexcept {
    return kind == ValueKind::Sex || kind == ValueKind::Ethnicity;
}

QStringList valueChoices(ValueKind kind) {
    switch (kind) {
    case ValueKind::Sex:
        return {QStringLiteral("Nam"), QStringLiteral("Nữ")};
    case ValueKind::Ethnicity:
        return ethnicityNames();
    case ValueKind::Nationality: {
        QStringList out;
        for (const char* name : kNationalities) {
            out.append(QString::fromUtf8(name));
        }
        return out;
    }
    default:
        return {};
    }
}

QStringList matchingChoices(ValueKind kind, const QString& typed, int limit) {
    const QStringList choices = valueChoices(kind);
    if (choices.isEmpty() || typed.size() > maxLength(kind)) {
        return {};
    }
    if (typed.trimmed().isEmpty()) {
        return choices.mid(0, limit);
    }
    std::vector<std::pair<int, QString>> ranked;
    const QString exact = exactMember(kind, typed);
    if (!exact.isEmpty()) {
        ranked.emplace_back(-1, exact);
    }
    for (const QString& choice : choices) {
        const auto match = matchText(typed, choice);
        if (match && choice != exact) {
            ranked.emplace_back(static_cast<int>(*match), choice);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (const auto& [rank, choice] : ranked) {
        if (out.size() >= limit) {
            break;
        }
        out.append(choice);
    }
    return out;
}

} // namespace dc::core::domain
