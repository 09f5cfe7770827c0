// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Ethnicity.h"

#include "core/domain/VietnameseText.h"

#include <QHash>
#include <QStringList>

#include <iterator>

namespace dc::core::domain {

namespace {

struct Group {
    int code;
    const char* name;
    const char* aliases; // other spellings in use, '|'-separated (the folded name is always accepted)
};

// Official names and codes (Quyết định 121-TCTK/PPCĐ); aliases are the spellings seen in registers and in
// the national system (English/ethnographic forms, older Vietnamese forms).
constexpr Group kGroups[] = {
    {0, "Chưa xác định", "khong xac dinh|unknown"},
    {1, "Kinh", "viet"},
    {2, "Tày", "tay"},
    {3, "Thái", ""},
    {4, "Hoa", "han"},
    {5, "Khơ Me", "khmer|khome|khmerkrom"},
    {6, "Mường", ""},
    {7, "Nùng", ""},
    {8, "Mông", "hmong|hmông"},
    {9, "Dao", "yao"},
    {10, "Gia Rai", "jarai|giarai"},
    {11, "Ngái", ""},
    {12, "Ê Đê", "rhade|ede"},
    {13, "Ba Na", "bahnar"},
    {14, "Xơ Đăng", "sedang"},
    {15, "Sán Chay", "sanchi|caolan"},
    {16, "Cơ Ho", "koho"},
    {17, "Chăm", "cham|champa"},
    {18, "Sán Dìu", ""},
    {19, "Hrê", "hre"},
    {20, "Mnông", "mnong"},
    {21, "Ra Glai", "raglai|roglai"},
    {22, "Xtiêng", "stieng"},
    {23, "Bru Vân Kiều", "bru|vankieu"},
    {24, "Thổ", ""},
    {25, "Giáy", ""},
    {26, "Cơ Tu", "katu"},
    {27, "Gié Triêng", "gietrieng|gie|trieng"},
    {28, "Mạ", ""},
    {29, "Khơ Mú", "khmu|kmhmu"},
    {30, "Co", "cor"},
    {31, "Tà Ôi", "taoi"},
    {32, "Chơ Ro", "choro"},
    {33, "Kháng", ""},
    {34, "Xinh Mun", "xinhmun"},
    {35, "Hà Nhì", "hani"},
    {36, "Chu Ru", "churu"},
    {37, "Lào", "lao"},
    {38, "La Chí", ""},
    {39, "La Ha", ""},
    {40, "Phù Lá", ""},
    {41, "La Hủ", "lahu"},
    {42, "Lự", "lu"},
    {43, "Lô Lô", "lolo"},
    {44, "Chứt", ""},
    {45, "Mảng", ""},
    {46, "Pà Thẻn", "pathen"},
    {47, "Cờ Lao", ""},
    {48, "Cống", ""},
    {49, "Bố Y", "boy"},
    {50, "Si La", ""},
    {51, "Pu Péo", ""},
    {52, "Brâu", "brau"},
    {53, "Ơ Đu", "odu"},
    {54, "Rơ Măm", "romam"},
    {55, "Người nước ngoài", "nuoc ngoai|foreign|foreigner"},
};

// Folded, without spaces, hyphens or apostrophes: "Ê-đê" → "ede", "H'Mông" → "hmong".
QString key(const QString& text) {
    QString k = foldForSearch(text);
    k.remove(u' ').remove(u'-').remove(u'\'').remove(QChar(0x2019));
    return k;
}

const QHash<QString, const Group*>& index() {
    static const QHash<QString, const Group*> table = [] {
        QHash<QString, const Group*> t;
        for (const Group& g : kGroups) {
            t.insert(key(QString::fromUtf8(g.name)), &g);
            for (const QString& alias : QString::fromUtf8(g.aliases).split(u'|', Qt::SkipEmptyParts)) {
                t.insert(key(alias), &g);
            }
        }
        return t;
    }();
    return table;
}

} // namespace

std::optional<Ethnicity> findEthnicity(const QString& text) {
    if (text.size() > 100) {
        return std::nullopt;
    }
    const auto it = index().constFind(key(text));
    if (it == index().constEnd()) {
        return std::nullopt;
    }
    return Ethnicity{(*it)->code, QString::fromUtf8((*it)->name)};
}

QStringList ethnicityNames() {
    QStringList names;
    for (const Group& g : kGroups) {
        if (g.code != 0) {
            names.append(QString::fromUtf8(g.name));
        }
    }
    names.append(QString::fromUtf8(kGroups[0].name)); // "Chưa xác định" last: chosen only when nothing else fits
    return names;
}

int ethnicityCount() noexcept {
    return static_cast<int>(std::size(kGroups));
}

} // namespace dc::core::domain
