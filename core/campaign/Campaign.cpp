// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/campaign/Campaign.h"

#include "core/domain/VietnameseText.h"
#include "core/platform/Files.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <stdexcept>

namespace dc::core::campaign {

namespace {

constexpr int kSupportedFormat = 1;
constexpr int kMaxNameLength = 100;
constexpr int kMaxDistricts = 1000;
constexpr int kMaxCommunesPerDistrict = 1000;
constexpr int kMaxDailyTarget = 1000000;
constexpr int kMaxPairsPerDay = 1000;
constexpr qint64 kMaxStatedTotal = qint64{1} << 53; // the largest integer a JSON number holds exactly

const QStringList& communeKinds() {
    static const QStringList kinds{QStringLiteral("xã"), QStringLiteral("phường"), QStringLiteral("thị trấn")};
    return kinds;
}

// The comparison key of a name: NFC, case and runs of spaces forgiven; tone marks kept.
QString nameKey(const QString& name) {
    return domain::caseAndSpaceKey(name);
}

Error refused(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("campaign: ") + why);
}

Error tooLarge() {
    return refused(QStringLiteral("the file is larger than %1 bytes").arg(kMaxCampaignBytes));
}

// A positive integer of at most `limit`, or an error naming `where`.
Result<int> positiveInteger(const QJsonValue& value, const QString& where, int limit) {
    if (!value.isDouble()) {
        return refused(where + QStringLiteral(" must be a number"));
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < 1 || number > limit) {
        return refused(where + QStringLiteral(" must be a positive integer of at most %1").arg(limit));
    }
    return static_cast<int>(number);
}

Result<QString> requiredName(const QJsonObject& object, const QString& key, const QString& where) {
    if (!object.contains(key)) {
        return refused(where + QStringLiteral(" has no \"") + key + u'"');
    }
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return refused(where + QStringLiteral(".") + key + QStringLiteral(" must be a string"));
    }
    const QString name = domain::normalizedText(value.toString());
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        return refused(where + QStringLiteral(".") + key +
                       QStringLiteral(" must have 1 to %1 characters").arg(kMaxNameLength));
    }
    if (domain::hasControlCharacters(name) || domain::hasReplacementCharacter(name) || name.contains(u'/')) {
        return refused(where + QStringLiteral(".") + key + QStringLiteral(" holds a control character or '/'"));
    }
    return name;
}

Result<int> optionalTarget(const QJsonObject& object, const QString& key, const QString& where, int fallback,
                           int limit) {
    if (!object.contains(key)) {
        return fallback;
    }
    return positiveInteger(object.value(key), where + u'.' + key, limit);
}

Result<void> parseStatedTotals(const QJsonObject& totals, const QString& district, const QString& where,
                               std::vector<StatedTotal>& out) {
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        if (district.isEmpty() && it.key() == QStringLiteral("byDistrict")) {
            continue;
        }
        const QJsonValue value = it.value();
        const double number = value.toDouble(-1);
        if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < 0 ||
            number > static_cast<double>(kMaxStatedTotal)) {
            return refused(where + u'.' + it.key() + QStringLiteral(" must be a non-negative integer"));
        }
        out.push_back(StatedTotal{district, it.key(), static_cast<qint64>(number)});
    }
    return {};
}

Result<void> parseTotals(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        return refused(QStringLiteral("totals must be an object"));
    }
    const QJsonObject totals = value.toObject();
    if (auto province = parseStatedTotals(totals, {}, QStringLiteral("totals"), campaign.statedTotals); !province) {
        return province.error();
    }
    if (!totals.contains(QStringLiteral("byDistrict"))) {
        return {};
    }
    if (!totals.value(QStringLiteral("byDistrict")).isObject()) {
        return refused(QStringLiteral("totals.byDistrict must be an object"));
    }
    const QJsonObject byDistrict = totals.value(QStringLiteral("byDistrict")).toObject();
    for (auto it = byDistrict.begin(); it != byDistrict.end(); ++it) {
        const std::optional<QString> district = canonicalDistrict(campaign, it.key());
        if (!district) {
            return refused(QStringLiteral("totals.byDistrict names a district that is not in the campaign: ") +
                           it.key().left(kMaxNameLength));
        }
        if (!it.value().isObject()) {
            return refused(QStringLiteral("totals.byDistrict.") + *district + QStringLiteral(" must be an object"));
        }
        if (auto stated = parseStatedTotals(it.value().toObject(), *district,
                                            QStringLiteral("totals.byDistrict.") + *district, campaign.statedTotals);
            !stated) {
            return stated.error();
        }
    }
    return {};
}

Result<void> parseCommunes(const QJsonArray& communes, const QString& where, Campaign& campaign, District& district) {
    QSet<QString> seen;
    for (qsizetype i = 0; i < communes.size(); ++i) {
        const QString at = where + QStringLiteral(".communes[%1]").arg(i);
        if (!communes.at(i).isObject()) {
            return refused(at + QStringLiteral(" must be an object"));
        }
        const QJsonObject object = communes.at(i).toObject();
        auto name = requiredName(object, QStringLiteral("name"), at);
        if (!name) {
            return name.error();
        }
        if (seen.contains(nameKey(name.value()))) {
            return refused(QStringLiteral("the commune ") + name.value() + QStringLiteral(" is named twice in ") +
                           district.name);
        }
        seen.insert(nameKey(name.value()));
        auto kind = requiredName(object, QStringLiteral("kind"), at);
        if (!kind) {
            return kind.error();
        }
        if (!communeKinds().contains(kind.value().toLower())) {
            return refused(at + QStringLiteral(".kind must be one of xã, phường, thị trấn"));
        }
        auto target =
            optionalTarget(object, QStringLiteral("dailyTarget"), at, campaign.defaultDailyTarget, kMaxDailyTarget);
        if (!target) {
            return target.error();
        }
        auto pairs =
            optionalTarget(object, QStringLiteral("pairsPerDay"), at, campaign.defaultPairsPerDay, kMaxPairsPerDay);
        if (!pairs) {
            return pairs.error();
        }
        district.communes.append(name.value());
        campaign.communes.push_back(
            Commune{district.name, name.value(), kind.value().toLower(), target.value(), pairs.value()});
    }
    return {};
}

Result<void> parseDistricts(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return refused(QStringLiteral("the file has no \"districts\""));
    }
    if (!value.isArray()) {
        return refused(QStringLiteral("districts must be an array"));
    }
    const QJsonArray districts = value.toArray();
    if (districts.isEmpty() || districts.size() > kMaxDistricts) {
        return refused(QStringLiteral("districts must hold 1 to %1 districts").arg(kMaxDistricts));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < districts.size(); ++i) {
        const QString at = QStringLiteral("districts[%1]").arg(i);
        if (!districts.at(i).isObject()) {
            return refused(at + QStringLiteral(" must be an object"));
        }
        const QJsonObject object = districts.at(i).toObject();
        auto name = requiredName(object, QStringLiteral("name"), at);
        if (!name) {
            return name.error();
        }
        if (seen.contains(nameKey(name.value()))) {
            return refused(QStringLiteral("the district ") + name.value() + QStringLiteral(" is named twice"));
        }
        seen.insert(nameKey(name.value()));
        District district;
        district.name = name.value();
        if (object.contains(QStringLiteral("volunteers"))) {
            auto volunteers =
                positiveInteger(object.value(QStringLiteral("volunteers")), at + ".volunteers", kMaxDailyTarget);
            if (!volunteers) {
                return volunteers.error();
            }
            district.volunteers = volunteers.value();
        }
        if (!object.contains(QStringLiteral("communes"))) {
            return refused(at + QStringLiteral(" has no \"communes\""));
        }
        if (!object.value(QStringLiteral("communes")).isArray()) {
            return refused(at + QStringLiteral(".communes must be an array"));
        }
        const QJsonArray communes = object.value(QStringLiteral("communes")).toArray();
        if (communes.isEmpty() || communes.size() > kMaxCommunesPerDistrict) {
            return refused(QStringLiteral("the district ") + district.name +
                           QStringLiteral(" must have 1 to %1 communes").arg(kMaxCommunesPerDistrict));
        }
        if (auto parsed = parseCommunes(communes, at, campaign, district); !parsed) {
            return parsed.error();
        }
        campaign.districts.push_back(std::move(district));
    }
    return {};
}

Result<void> parsePlan(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return refused(QStringLiteral("the file has no \"plan\""));
    }
    if (!value.isObject()) {
        return refused(QStringLiteral("plan must be an object"));
    }
    const QJsonObject plan = value.toObject();
    for (const char* key : {"dailyTarget", "pairsPerDay"}) {
        if (!plan.contains(QLatin1String(key))) {
            return refused(QStringLiteral("plan has no \"") + QLatin1String(key) + u'"');
        }
    }
    auto target =
        positiveInteger(plan.value(QStringLiteral("dailyTarget")), QStringLiteral("plan.dailyTarget"), kMaxDailyTarget);
    if (!target) {
        return target.error();
    }
    auto pairs =
        positiveInteger(plan.value(QStringLiteral("pairsPerDay")), QStringLiteral("plan.pairsPerDay"), kMaxPairsPerDay);
    if (!pairs) {
        return pairs.error();
    }
    campaign.defaultDailyTarget = target.value();
    campaign.defaultPairsPerDay = pairs.value();
    return {};
}

// "neighbours": [["District", "District"], ...]: districts of the campaign, never one its own neighbour, each pair
// once (either way round). Optional: a campaign without it has no neighbours.
Result<void> parseNeighbours(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        return refused(QStringLiteral("neighbours must be an array"));
    }
    const QJsonArray pairs = value.toArray();
    if (pairs.size() > kMaxDistricts * 10) {
        return refused(QStringLiteral("neighbours holds too many pairs"));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QString at = QStringLiteral("neighbours[%1]").arg(i);
        const QJsonArray pair = pairs.at(i).toArray();
        if (!pairs.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString()) {
            return refused(at + QStringLiteral(" must be a pair of district names"));
        }
        QString names[2];
        for (int side = 0; side < 2; ++side) {
            const std::optional<QString> district = canonicalDistrict(campaign, pair.at(side).toString());
            if (!district) {
                return refused(at + QStringLiteral(" names a district that is not in the campaign: ") +
                               domain::normalizedText(pair.at(side).toString()).left(kMaxNameLength));
            }
            names[side] = *district;
        }
        if (names[0] == names[1]) {
            return refused(at + QStringLiteral(" makes ") + names[0] + QStringLiteral(" its own neighbour"));
        }
        const QString key = names[0] < names[1] ? names[0] + u'/' + names[1] : names[1] + u'/' + names[0];
        if (seen.contains(key)) {
            return refused(at + QStringLiteral(" repeats the pair ") + names[0] + QStringLiteral(", ") + names[1]);
        }
        seen.insert(key);
        campaign.neighbours.emplace_back(names[0], names[1]);
    }
    return {};
}

constexpr int kMaxUnits = 1000;
constexpr int kMaxQuota = 1000000;
constexpr int kMaxAge = 120;
constexpr int kMaxWorkDays = 366;

Result<void> parseUnits(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        return refused(QStringLiteral("units must be an array"));
    }
    const QJsonArray units = value.toArray();
    if (units.isEmpty() || units.size() > kMaxUnits) {
        return refused(QStringLiteral("units must hold 1 to %1 units").arg(kMaxUnits));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QString at = QStringLiteral("units[%1]").arg(i);
        if (!units.at(i).isObject()) {
            return refused(at + QStringLiteral(" must be an object"));
        }
        const QJsonObject object = units.at(i).toObject();
        auto name = requiredName(object, QStringLiteral("name"), at);
        if (!name) {
            return name.error();
        }
        if (seen.contains(nameKey(name.value()))) {
            return refused(QStringLiteral("the unit ") + name.value() + QStringLiteral(" is named twice"));
        }
        seen.insert(nameKey(name.value()));
        if (!object.contains(QStringLiteral("quota"))) {
            return refused(at + QStringLiteral(" has no \"quota\""));
        }
        auto quota = positiveInteger(object.value(QStringLiteral("quota")), at + QStringLiteral(".quota"), kMaxQuota);
        if (!quota) {
            return quota.error();
        }
        auto kind = requiredName(object, QStringLiteral("kind"), at);
        if (!kind) {
            return kind.error();
        }
        Unit unit{name.value(), kind.value(), {}, quota.value()};
        if (unit.kind == QLatin1String("district")) {
            auto district = requiredName(object, QStringLiteral("district"), at);
            if (!district) {
                return district.error();
            }
            const std::optional<QString> canonical = canonicalDistrict(campaign, district.value());
            if (!canonical) {
                return refused(at + QStringLiteral(".district names a district that is not in the campaign: ") +
                               district.value());
            }
            unit.district = *canonical;
        } else if (unit.kind == QLatin1String("school") || unit.kind == QLatin1String("other")) {
            if (object.contains(QStringLiteral("district"))) {
                return refused(at + QStringLiteral(".district is only for a unit of kind \"district\""));
            }
        } else {
            return refused(at + QStringLiteral(".kind must be one of district, school, other"));
        }
        campaign.units.push_back(std::move(unit));
    }
    return {};
}

// A day written dd/MM/yyyy, required in `object`.
Result<QDate> requiredDay(const QJsonObject& object, const QString& key, const QString& where) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return refused(where + QStringLiteral(" has no \"") + key + u'"');
    }
    const QDate day = value.isString() && value.toString().size() == 10
                          ? QDate::fromString(value.toString(), QStringLiteral("dd/MM/yyyy"))
                          : QDate();
    if (!day.isValid() || day.year() < 1900 || day.year() > 2200) {
        return refused(where + u'.' + key + QStringLiteral(" must be a day written dd/mm/yyyy"));
    }
    return day;
}

Result<void> parseDates(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        return refused(QStringLiteral("dates must be an object"));
    }
    const QJsonObject dates = value.toObject();
    const QString at = QStringLiteral("dates");
    CampaignDates out;
    struct Day {
        const char* key;
        QDate* into;
    };
    for (const Day& day :
         {Day{"registrationFrom", &out.registrationFrom}, Day{"registrationTo", &out.registrationTo},
          Day{"unitListsDue", &out.unitListsDue}, Day{"workFrom", &out.workFrom}, Day{"workTo", &out.workTo}}) {
        auto parsed = requiredDay(dates, QLatin1String(day.key), at);
        if (!parsed) {
            return parsed.error();
        }
        *day.into = parsed.value();
    }
    const QJsonValue training = dates.value(QStringLiteral("training"));
    if (training.isUndefined()) {
        return refused(QStringLiteral("dates has no \"training\""));
    }
    const QDateTime trainingAt = training.isString() && training.toString().size() == 16
                                     ? QDateTime::fromString(training.toString(), QStringLiteral("dd/MM/yyyy HH:mm"))
                                     : QDateTime();
    if (!trainingAt.isValid()) {
        return refused(QStringLiteral("dates.training must be a day and time written dd/mm/yyyy hh:mm"));
    }
    out.training = trainingAt.date();
    out.trainingTime = trainingAt.time();
    if (out.registrationFrom > out.registrationTo) {
        return refused(QStringLiteral("dates.registrationFrom is after dates.registrationTo"));
    }
    if (out.registrationTo > out.unitListsDue) {
        return refused(QStringLiteral("dates.unitListsDue is before the end of registration"));
    }
    if (out.unitListsDue > out.training || out.training > out.workFrom) {
        return refused(QStringLiteral("dates.training must fall between unitListsDue and workFrom"));
    }
    if (out.workFrom > out.workTo || out.workFrom.daysTo(out.workTo) + 1 > kMaxWorkDays) {
        return refused(QStringLiteral("dates.workFrom to dates.workTo must be 1 to %1 days").arg(kMaxWorkDays));
    }
    campaign.dates = out;
    return {};
}

Result<void> parseEligibility(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        return refused(QStringLiteral("eligibility must be an object"));
    }
    const QJsonObject eligibility = value.toObject();
    for (const char* key : {"minAge", "maxAge"}) {
        if (!eligibility.contains(QLatin1String(key))) {
            return refused(QStringLiteral("eligibility has no \"") + QLatin1String(key) + u'"');
        }
    }
    auto least =
        positiveInteger(eligibility.value(QStringLiteral("minAge")), QStringLiteral("eligibility.minAge"), kMaxAge);
    if (!least) {
        return least.error();
    }
    auto most =
        positiveInteger(eligibility.value(QStringLiteral("maxAge")), QStringLiteral("eligibility.maxAge"), kMaxAge);
    if (!most) {
        return most.error();
    }
    if (least.value() > most.value()) {
        return refused(QStringLiteral("eligibility.minAge is greater than eligibility.maxAge"));
    }
    if (!campaign.dates.isSet()) {
        return refused(QStringLiteral("eligibility needs \"dates\" (ages are counted in the campaign year)"));
    }
    campaign.minAge = least.value();
    campaign.maxAge = most.value();
    return {};
}

Result<void> parseScope(const QJsonValue& value, Campaign& campaign) {
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        return refused(QStringLiteral("scope must be an object"));
    }
    auto cutoff = requiredDay(value.toObject(), QStringLiteral("entryCutoff"), QStringLiteral("scope"));
    if (!cutoff) {
        return cutoff.error();
    }
    campaign.entryCutoff = cutoff.value();
    return {};
}

} // namespace

Result<Campaign> parseCampaign(const QByteArray& bytes) {
    if (bytes.size() > kMaxCampaignBytes) {
        return tooLarge();
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return refused(QStringLiteral("the file is not a JSON object"));
    }
    const QJsonObject root = document.object();
    Campaign campaign;
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        return refused(QStringLiteral("the file has no \"format\""));
    }
    if (!format.isDouble()) {
        return refused(QStringLiteral("format must be a number"));
    }
    if (format.toDouble() != kSupportedFormat) {
        return refused(QStringLiteral("unknown format version (this program reads format %1)").arg(kSupportedFormat));
    }
    campaign.formatVersion = kSupportedFormat;
    auto name = requiredName(root, QStringLiteral("name"), QStringLiteral("the file"));
    if (!name) {
        return name.error();
    }
    campaign.name = name.value();
    auto province = requiredName(root, QStringLiteral("province"), QStringLiteral("the file"));
    if (!province) {
        return province.error();
    }
    campaign.province = province.value();
    if (root.contains(QStringLiteral("source"))) {
        if (!root.value(QStringLiteral("source")).isString()) {
            return refused(QStringLiteral("source must be a string"));
        }
        campaign.source = domain::normalizedText(root.value(QStringLiteral("source")).toString()).left(1000);
    }
    if (auto plan = parsePlan(root.value(QStringLiteral("plan")), campaign); !plan) {
        return plan.error();
    }
    if (auto districts = parseDistricts(root.value(QStringLiteral("districts")), campaign); !districts) {
        return districts.error();
    }
    if (auto units = parseUnits(root.value(QStringLiteral("units")), campaign); !units) {
        return units.error();
    }
    if (auto dates = parseDates(root.value(QStringLiteral("dates")), campaign); !dates) {
        return dates.error();
    }
    if (auto eligibility = parseEligibility(root.value(QStringLiteral("eligibility")), campaign); !eligibility) {
        return eligibility.error();
    }
    if (auto scope = parseScope(root.value(QStringLiteral("scope")), campaign); !scope) {
        return scope.error();
    }
    if (const QJsonValue awards = root.value(QStringLiteral("awards")); !awards.isUndefined()) {
        if (!awards.isObject()) {
            return refused(QStringLiteral("awards must be an object"));
        }
        auto rules = evaluation::parseAwardRules(awards.toObject());
        if (!rules) {
            return rules.error(); // parseAwardRules names the key ("awards.gate.maxMissRateUpper: ...")
        }
        campaign.awards = rules.value();
    }
    auto certificate = parseCertificateWording(root.value(QStringLiteral("certificate")), campaign.province);
    if (!certificate) {
        return certificate.error();
    }
    campaign.certificate = certificate.value();
    if (auto totals = parseTotals(root.value(QStringLiteral("totals")), campaign); !totals) {
        return totals.error();
    }
    if (auto neighbours = parseNeighbours(root.value(QStringLiteral("neighbours")), campaign); !neighbours) {
        return neighbours.error();
    }
    return campaign;
}

Result<QByteArray> readCampaignFile(const QString& path) {
    platform::ReadResult read = platform::readSmallFile(path, kMaxCampaignBytes);
    if (!read.failure) {
        return std::move(read.contents);
    }
    switch (*read.failure) {
    case platform::ReadFailure::Missing:
        return makeError(ErrorCode::IoError, QStringLiteral("no campaign file at ") + path);
    case platform::ReadFailure::TooLarge:
        return tooLarge();
    case platform::ReadFailure::Unreadable:
        break;
    }
    return makeError(ErrorCode::IoError, QStringLiteral("cannot read ") + path + QStringLiteral(": ") + read.detail);
}

Result<Campaign> loadCampaign(const QString& path) {
    auto bytes = readCampaignFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return parseCampaign(bytes.value());
}

QByteArray builtInCampaignBytes() {
    // Embedded in the program (qt_add_resources in core/CMakeLists.txt): reading it touches no disk.
    QFile file(QStringLiteral(":/doichieu/campaign/campaign.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::logic_error("campaign resource missing");
    }
    return file.readAll();
}

const Campaign& builtInCampaign() {
    static const Campaign campaign = [] {
        Result<Campaign> parsed = parseCampaign(builtInCampaignBytes());
        if (!parsed) {
            throw std::logic_error("the built-in campaign is refused: " + parsed.error().detail.toStdString());
        }
        return std::move(parsed).value();
    }();
    return campaign;
}

std::optional<QString> canonicalDistrict(const Campaign& campaign, const QString& typed) {
    const QString key = nameKey(typed);
    for (const District& district : campaign.districts) {
        if (nameKey(district.name) == key) {
            return district.name;
        }
    }
    return std::nullopt;
}

std::optional<Unit> findUnit(const Campaign& campaign, const QString& typed) {
    const QString key = nameKey(domain::normalizedText(typed));
    for (const Unit& unit : campaign.units) {
        if (nameKey(unit.name) == key) {
            return unit;
        }
    }
    const QString folded = domain::foldForSearch(typed);
    std::optional<Unit> found;
    for (const Unit& unit : campaign.units) {
        if (domain::foldForSearch(unit.name) == folded) {
            if (found) {
                return std::nullopt; // ambiguous without tone marks
            }
            found = unit;
        }
    }
    return found;
}

bool hasDistrict(const Campaign& campaign, const QString& district) {
    return canonicalDistrict(campaign, district).has_value();
}

std::optional<Commune> findCommune(const Campaign& campaign, const QString& district, const QString& commune) {
    const QString districtKey = nameKey(district);
    const QString communeKey = nameKey(commune);
    for (const Commune& candidate : campaign.communes) {
        if (nameKey(candidate.district) == districtKey && nameKey(candidate.name) == communeKey) {
            return candidate;
        }
    }
    return std::nullopt;
}

Result<Commune> resolveCommune(const Campaign& campaign, const QString& typed) {
    const QString text = domain::normalizedText(typed);
    if (text.isEmpty() || text.size() > 2 * kMaxNameLength + 1) {
        return refused(QStringLiteral("a commune is typed as District/Commune"));
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0) {
        const QString district = text.left(slash).trimmed();
        const QString commune = text.mid(slash + 1).trimmed();
        const std::optional<QString> canonical = canonicalDistrict(campaign, district);
        if (!canonical) {
            return refused(QStringLiteral("no district named ") + district + QStringLiteral(" in the campaign"));
        }
        if (std::optional<Commune> found = findCommune(campaign, *canonical, commune)) {
            return *found;
        }
        return refused(QStringLiteral("no commune named ") + commune + QStringLiteral(" in ") + *canonical);
    }
    const QString key = nameKey(text);
    std::vector<const Commune*> candidates;
    for (const Commune& commune : campaign.communes) {
        if (nameKey(commune.name) == key) {
            candidates.push_back(&commune);
        }
    }
    if (candidates.empty()) {
        return refused(QStringLiteral("no commune named ") + text + QStringLiteral(" in the campaign"));
    }
    if (candidates.size() > 1) {
        QStringList districts;
        for (const Commune* commune : candidates) {
            districts.append(commune->district);
        }
        return refused(candidates.front()->name + QStringLiteral(" is in ") +
                       districts.join(QStringLiteral(" and in ")) + QStringLiteral(": type District/Commune, e.g. ") +
                       communePath(*candidates.front()));
    }
    return *candidates.front();
}

QString communePath(const QString& district, const QString& commune) {
    return district + u'/' + commune;
}

QString communePath(const Commune& commune) {
    return communePath(commune.district, commune.name);
}

} // namespace dc::core::campaign
