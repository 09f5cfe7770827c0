// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Internal to core/training: the generator's randomness and its synthetic people — the name list read from
// resources/names.json, and the values of one entry of a birth, marriage or death book as the registers of Bình Dương
// hold them. Generator.cpp plants the differences and writes the answer key.

#include "core/campaign/Campaign.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace dc::core::training::synthetic {

// splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the constants of
// Vigna's reference code): plain 64-bit arithmetic, so the same seed gives the same numbers on every machine and
// standard library — unlike std::uniform_int_distribution, whose algorithm each library chooses.
class Random {
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    // 0 .. n-1 (the modulo's bias is below 2^-50 for these n: irrelevant, and the same everywhere).
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int least, int most) { return least + below(most - least + 1); }
    bool percent(int p) { return below(100) < p; }
    template <typename T> const T& pick(const std::vector<T>& list) {
        return list[static_cast<std::size_t>(below(static_cast<int>(list.size())))];
    }
    const QString& pick(const QStringList& list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    quint64 m_state;
};

struct Weighted {
    QStringList values;
    std::vector<int> weights;
    int total = 0;
    const QString& pick(Random& random) const {
        int x = random.below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i]) {
                return values.at(static_cast<qsizetype>(i));
            }
            x -= weights[i];
        }
        return values.constLast();
    }
};

struct NameData {
    Weighted surnames;
    Weighted middleMale;
    Weighted middleFemale;
    QStringList givenMale;
    QStringList givenFemale;
    QStringList toneMale; // the given names a tone-placement difference can be planted in
    QStringList toneFemale;
    Weighted ethnicities;
    Weighted relationshipsBirth;
    Weighted relationshipsDeath;
    QStringList birthPlaces;
    QStringList deathPlaces;
    QStringList deathCauses;
    QStringList residencesRural; // in a xã: ấp
    QStringList residencesUrban; // in a phường or thị trấn: khu phố
    QStringList deathNoticeIssuers;
    QString idIssuerBefore1997;
    QString idIssuerFrom1997;
};

// The name list (resources/names.json), read once.
[[nodiscard]] const NameData& names();

inline const QString kMale = QStringLiteral("Nam");
inline const QString kFemale = QStringLiteral("Nữ");

// dd/MM/yyyy.
[[nodiscard]] QString dateText(const QDate& day);

// One entry while it is built: the book's values by field key, and each person's sex.
struct Draft {
    QHash<QString, QString> book;
    QHash<QString, bool> male; // person ("subject", "father", ...) → male
};

// Writes the book's values of one entry: people, dates and places of a book of `commune`. Every draw comes from
// `random`, in a fixed order, so the same seed writes the same entry.
class EntryWriter {
public:
    EntryWriter(Random& random, const campaign::Campaign& campaign, const campaign::Commune& commune)
        : m_random(random), m_communes(campaign.communes), m_commune(commune), m_province(campaign.province) {}

    [[nodiscard]] Draft birth(const QDate& registered);
    [[nodiscard]] Draft marriage(const QDate& registered);
    [[nodiscard]] Draft death(const QDate& registered);

private:
    QString place(const QString& pattern, const campaign::Commune& commune);
    QString residence();
    QString givenName(bool male);
    QString fullName(bool male, const QString& surname = {});
    QString cmnd();
    QString idIssuer(const QDate& day) const;
    QDate dayIn(int year);
    QString yearOrDate(const QDate& day, int yearOnlyPercent);

    Random& m_random;
    const std::vector<campaign::Commune>& m_communes;
    campaign::Commune m_commune;
    QString m_province;
};

} // namespace dc::core::training::synthetic
