// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/campaign/CertificateWording.h"
#include "core/evaluation/Evaluation.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace dc::core::campaign {

// The campaign as data (docs/CAMPAIGN.md): one versioned file, `campaign.json`, read by one loader. This issue defines
// its geography (districts and communes) and its plan (daily target per commune, pairs per day); later issues add
// units, dates, eligibility and award weights to the same file.

struct Commune {
    QString district;    // "Dầu Tiếng"
    QString name;        // "Thanh An"
    QString kind;        // "xã", "phường", "thị trấn"
    int dailyTarget = 0; // entries per day; the plan's default unless set for the commune
    int pairsPerDay = 0;
};

struct District {
    QString name;
    QStringList communes; // names, in the file's order
    int volunteers = 0;   // volunteers allocated to the district by the plan; 0 when the file gives none
};

// A total as the file states it under "totals" (the source's own figures, never trusted: `campaign check` recomputes
// each one). `district` is empty for a province total.
struct StatedTotal {
    QString district;
    QString total; // "communes", "districts", "volunteersPerDay", ...
    qint64 value = 0;
};

// A recruiting unit (issue 14): a district's Youth Union (tied to its district), a school, or another body (the
// province agencies' Youth Union). Each has a quota of volunteers to recruit.
struct Unit {
    QString name;     // "Đại học Thủ Dầu Một"; unique in the file (case, spaces and composition forgiven)
    QString kind;     // "district", "school" or "other"
    QString district; // the campaign's spelling of its district when kind is "district"; empty otherwise
    int quota = 0;
};

// The campaign's calendar (all days of the site, Asia/Ho_Chi_Minh). Invalid dates when the file has no "dates".
struct CampaignDates {
    QDate registrationFrom; // 24/11/2022
    QDate registrationTo;   // 28/11/2022
    QDate unitListsDue;     // 29/11/2022: the units' lists are due (the quota board's deadline)
    QDate training;         // 30/11/2022
    QTime trainingTime;     // 08:00
    QDate workFrom;         // 01/12/2022
    QDate workTo;           // 31/12/2022
    [[nodiscard]] bool isSet() const { return workFrom.isValid(); }
};

struct Campaign {
    int formatVersion = 0;
    QString name;     // "Bình Dương 2022"
    QString province; // "Bình Dương"
    std::vector<District> districts;
    std::vector<Commune> communes; // every commune, in the file's order
    int defaultDailyTarget = 400;
    int defaultPairsPerDay = 0;
    QString source;                        // the document the figures come from, free text; may be empty
    std::vector<StatedTotal> statedTotals; // in the file's order
    // Pairs of districts that share a border (the file's "neighbours", canonical names, in the file's order; each
    // pair once, either way round). Nearness in the allocation of volunteers (core/allocation) reads it. Empty when
    // the file gives none.
    std::vector<std::pair<QString, QString>> neighbours;
    // Issue 14 (each optional in the file; an older file has none):
    std::vector<Unit> units; // in the file's order
    CampaignDates dates;
    QDate entryCutoff; // the scope: entries registered on or before this day (01/06/2017); invalid when not given
    int minAge = 0;    // eligibility: age in the campaign year (campaign year minus birth year), 0 when not given
    int maxAge = 0;
    // Issue 15 (each optional in the file): the judging rules ("awards", core/evaluation; the defaults when absent) and
    // the wording of the certificates of participation ("certificate"; the seed plan's wording when absent).
    evaluation::AwardRules awards = evaluation::defaultAwardRules();
    CertificateWording certificate;
    // The campaign year: the year of the first working day, else 0.
    [[nodiscard]] int year() const { return dates.isSet() ? dates.workFrom.year() : 0; }
};

// Parses and checks a campaign file's bytes (bounded: at most kMaxCampaignBytes). Refuses (InvalidInput, with an
// English message naming the first problem) a file that is not JSON, of an unknown format version, with a commune named
// twice in one district, a district without communes, or a target that is not a positive integer. Names are stored
// in NFC with runs of spaces collapsed. Keys the loader does not know are ignored (later versions add keys).
inline constexpr qint64 kMaxCampaignBytes = 4 * 1024 * 1024;
[[nodiscard]] Result<Campaign> parseCampaign(const QByteArray& bytes);
[[nodiscard]] Result<Campaign> loadCampaign(const QString& path);
// A campaign file's bytes, read bounded (platform::readSmallFile: a regular file only, never a FIFO or a device):
// IoError when it is missing or cannot be read, InvalidInput as parseCampaign words it when it is larger than
// kMaxCampaignBytes. Not checked: parseCampaign does that.
[[nodiscard]] Result<QByteArray> readCampaignFile(const QString& path);
// The campaign built into the program (Bình Dương 2022, 9 districts, 91 communes).
[[nodiscard]] const Campaign& builtInCampaign();
[[nodiscard]] QByteArray builtInCampaignBytes();

// A commune as typed on the command line: "District/Commune", or a bare commune name when only one district has it.
// Case, tone-mark composition (NFC) and spaces around '/' are forgiven; tone marks themselves are not. An ambiguous
// bare name is refused with the candidates named ("Thanh An" is in Dầu Tiếng and in …): InvalidInput.
[[nodiscard]] Result<Commune> resolveCommune(const Campaign& campaign, const QString& typed);
[[nodiscard]] std::optional<Commune> findCommune(const Campaign& campaign, const QString& district,
                                                 const QString& commune);
[[nodiscard]] bool hasDistrict(const Campaign& campaign, const QString& district);
// "District/Commune", as printed.
[[nodiscard]] QString communePath(const QString& district, const QString& commune);
[[nodiscard]] QString communePath(const Commune& commune);
// The district's name as the campaign spells it, for a name typed with other case, composition or spaces.
[[nodiscard]] std::optional<QString> canonicalDistrict(const Campaign& campaign, const QString& typed);
// The unit as the campaign spells it, for a name typed with other case, composition or spaces; also matched without
// tone marks when that is unique ("Dai hoc Thu Dau Mot").
[[nodiscard]] std::optional<Unit> findUnit(const Campaign& campaign, const QString& typed);

} // namespace dc::core::campaign
