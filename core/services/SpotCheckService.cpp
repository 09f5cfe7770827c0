// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SpotCheckService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/Uuid.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Limits.h"
#include "core/domain/Values.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/SpotCheckGateway.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace dc::core {

namespace {

constexpr std::size_t kSeedBytes = 16;

SpotItem loadItem(store::Database& db, qint64 itemId) {
    SpotItem item;
    item.itemId = itemId;
    gateways::SpotCheckGateway spots(db);
    const auto checkId = spots.checkOfItem(itemId);
    if (!checkId) {
        return item;
    }
    item.check = *gateways::CheckGateway(db).byId(*checkId);
    item.reader = item.check.readerName;
    item.checker = item.check.checkerName;
    if (const auto result = spots.latestResult(itemId)) {
        item.result = result->result == QLatin1String("missed") ? SpotResult::Missed : SpotResult::Confirmed;
        item.fieldKey = result->fieldKey;
        item.before = result->before;
        item.after = result->after;
        item.correctionClass = result->correctionClass;
        item.note = result->note;
    }
    return item;
}

SpotSample loadSample(store::Database& db, qint64 sampleId) {
    SpotSample sample;
    gateways::SpotCheckGateway spots(db);
    const auto row = spots.sample(sampleId);
    if (!row) {
        return sample;
    }
    gateways::SiteGateway people(db);
    sample.id = sampleId;
    sample.day = row->day;
    sample.firstUser = people.userName(row->firstUser);
    sample.secondUser = people.userName(row->secondUser);
    sample.seed = row->seed;
    sample.population = row->population;
    for (const qint64 item : spots.itemsOf(sampleId)) {
        sample.items.push_back(loadItem(db, item));
    }
    return sample;
}

Result<SpotItem> record(Session& session, qint64 itemId, const char* result, const Correction& correction,
                        const QString& note) {
    store::Database& db = session.database();
    SpotItem item = loadItem(db, itemId);
    if (item.check.id == 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no such spot-check item"));
    }
    store::Transaction transaction(db);
    gateways::SpotCheckGateway(db).appendResult(
        itemId, {QString::fromLatin1(result), correction.fieldKey, correction.before, correction.after,
                 correction.fieldKey.isEmpty() ? QString() : domain::correctionClassKey(correction.correctionClass),
                 note.normalized(QString::NormalizationForm_C).trimmed().left(domain::kMaxNoteLength),
                 session.user().id, toStoredTime(session.now())});
    access::record(session, QStringLiteral("spotcheck.") + QString::fromLatin1(result), item.check.uuid);
    transaction.commit();
    return loadItem(db, itemId);
}

} // namespace

int SpotCheckService::sampleSize(int population, const SpotCheckPolicy& policy) {
    if (population <= 0) {
        return 0;
    }
    const int byRate = static_cast<int>(std::ceil(population * policy.ratePermille / 1000.0));
    return std::min(population, std::max(byRate, std::min(policy.minimum, population)));
}

std::vector<QString> SpotCheckService::drawSample(const QByteArray& seed, const std::vector<QString>& uuids,
                                                  int count) {
    std::vector<std::pair<crypto::Sha256Digest, QString>> keyed;
    keyed.reserve(uuids.size());
    for (const QString& uuid : uuids) {
        crypto::Sha256 hash;
        hash.update(std::string_view(seed.constData(), static_cast<std::size_t>(seed.size())));
        hash.update(uuid.toStdString());
        keyed.emplace_back(hash.finish(), uuid);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<QString> chosen;
    for (int i = 0; i < count && i < static_cast<int>(keyed.size()); ++i) {
        chosen.push_back(keyed[static_cast<std::size_t>(i)].second);
    }
    return chosen;
}

Result<std::vector<SpotSample>> SpotCheckService::drawDay(Session& session, const QDate& day,
                                                          const SpotCheckPolicy& policy) {
    return access::guarded([&]() -> Result<std::vector<SpotSample>> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "draw spot-checks"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "draw spot-checks"); !allowed) {
            return allowed.error();
        }
        if (policy.ratePermille < 0 || policy.ratePermille > 1000 || policy.minimum < 0) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the rate is 0..1000 per mille"));
        }
        store::Database& db = session.database();
        // The day's "match" entries, current (not amended or voided since), by pair.
        QMap<std::pair<qint64, qint64>, std::vector<QString>> byPair;
        for (const auto& match : gateways::CheckGateway(db).currentMatches(sitetime::dayStartStored(day),
                                                                           sitetime::dayStartStored(day.addDays(1)))) {
            byPair[{match.firstUser, match.secondUser}].push_back(match.uuid);
        }
        const QString dayKey = sitetime::dayKey(day);
        gateways::SpotCheckGateway spots(db);
        std::vector<SpotSample> out;
        for (auto it = byPair.constBegin(); it != byPair.constEnd(); ++it) {
            if (const auto existing = spots.sampleOf(dayKey, it.key().first, it.key().second)) {
                out.push_back(loadSample(db, *existing));
                continue;
            }
            const std::vector<std::uint8_t> seedBytes = crypto::randomBytes(kSeedBytes);
            const QString seedHex = QString::fromStdString(crypto::toHex(seedBytes));
            const int size = sampleSize(static_cast<int>(it->size()), policy);
            const std::vector<QString> chosen = drawSample(seedHex.toLatin1(), *it, size);
            gateways::SpotCheckGateway::Sample sample;
            sample.uuid = newRowUuid();
            sample.day = dayKey;
            sample.firstUser = it.key().first;
            sample.secondUser = it.key().second;
            sample.seed = seedHex;
            sample.ratePermille = policy.ratePermille;
            sample.minimum = policy.minimum;
            sample.population = static_cast<int>(it->size());
            sample.drawnBy = session.user().id;
            sample.drawnAt = toStoredTime(session.now());
            store::Transaction transaction(db);
            spots.insertSample(sample);
            for (const QString& checkUuid : chosen) {
                spots.addItem(sample.id, checkUuid);
            }
            access::record(session, QStringLiteral("spotcheck.drawn"), sample.uuid,
                           {{QStringLiteral("day"), dayKey},
                            {QStringLiteral("seed"), seedHex},
                            {QStringLiteral("population"), sample.population},
                            {QStringLiteral("size"), size}});
            transaction.commit();
            out.push_back(loadSample(db, sample.id));
        }
        return out;
    });
}

Result<std::vector<SpotSample>> SpotCheckService::samples(Session& session, const QDate& day) {
    return access::guarded([&]() -> Result<std::vector<SpotSample>> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "see spot-checks"); !allowed) {
            return allowed.error();
        }
        std::vector<SpotSample> out;
        for (const qint64 id : gateways::SpotCheckGateway(session.database()).samplesOfDay(sitetime::dayKey(day))) {
            out.push_back(loadSample(session.database(), id));
        }
        return out;
    });
}

Result<SpotItem> SpotCheckService::confirm(Session& session, qint64 itemId, const QString& note) {
    return access::guarded([&]() -> Result<SpotItem> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "spot-check"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "spot-check"); !allowed) {
            return allowed.error();
        }
        return record(session, itemId, "confirmed", Correction{}, note);
    });
}

Result<SpotItem> SpotCheckService::missed(Session& session, qint64 itemId, const CorrectionInput& correction,
                                          const QString& note) {
    return access::guarded([&]() -> Result<SpotItem> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "spot-check"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "spot-check"); !allowed) {
            return allowed.error();
        }
        const SpotItem item = loadItem(session.database(), itemId);
        const auto book = gateways::BookGateway(session.database()).byId(item.check.bookId);
        if (item.check.id == 0 || !book) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such spot-check item"));
        }
        const domain::FieldSpec* spec = domain::entrySchema(book->recordType).field(correction.fieldKey);
        domain::Findings findings;
        if (!spec) {
            findings.push_back(
                {correction.fieldKey.left(100), domain::Severity::Error, QStringLiteral("check.unknown_field"), {}});
        } else {
            const auto after = domain::checkValue(spec->kind, correction.after, correction.fieldKey);
            findings = after.findings;
        }
        if (domain::hasErrors(findings)) {
            Error refused =
                makeError(ErrorCode::InvalidEntry, QStringLiteral("the missed correction breaks domain rules"));
            refused.findings = std::move(findings);
            return refused;
        }
        const auto cls =
            domain::classifyCorrection(domain::classifierKindFor(spec->kind), correction.before, correction.after);
        if (cls == domain::CorrectionClass::None || domain::isWritingDifference(cls)) {
            // Equal values, or a writing difference: the database needed no correction, so the pair missed nothing.
            Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("a miss needs a real correction"));
            refused.findings.push_back({correction.fieldKey.left(100),
                                        domain::Severity::Error,
                                        QStringLiteral("spotcheck.no_correction_needed"),
                                        {}});
            return refused;
        }
        return record(session, itemId, "missed",
                      Correction{correction.fieldKey, correction.before.trimmed(), correction.after.trimmed(), cls,
                                 domain::isWritingDifference(cls)},
                      note);
    });
}

Result<MissRates> SpotCheckService::missRates(Session& session, const QDate& from, const QDate& to) {
    return access::guarded([&]() -> Result<MissRates> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "see spot-checks"); !allowed) {
            return allowed.error();
        }
        if (from > to) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the date range is reversed"));
        }
        gateways::SiteGateway people(session.database());
        QHash<qint64, QString> names;
        const auto nameOf = [&](qint64 id) {
            if (!names.contains(id)) {
                names.insert(id, people.userName(id));
            }
            return names.value(id);
        };
        QMap<QString, std::pair<int, int>> pairs;
        QMap<QString, std::pair<int, int>> volunteers;
        for (const auto& item :
             gateways::SpotCheckGateway(session.database()).decided(sitetime::dayKey(from), sitetime::dayKey(to))) {
            const int miss = item.missed ? 1 : 0;
            const QString a = nameOf(item.firstUser);
            const QString b = nameOf(item.secondUser);
            // Each item counts for the pair and for both of its members: one read, the other checked.
            for (auto* bucket : {&pairs[a + QStringLiteral(" + ") + b], &volunteers[a], &volunteers[b]}) {
                bucket->first += 1;
                bucket->second += miss;
            }
        }
        MissRates rates;
        for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
            rates.pairs.push_back({it.key(), it->first, it->second, domain::wilsonInterval(it->second, it->first)});
        }
        for (auto it = volunteers.constBegin(); it != volunteers.constEnd(); ++it) {
            rates.volunteers.push_back(
                {it.key(), it->first, it->second, domain::wilsonInterval(it->second, it->first)});
        }
        return rates;
    });
}

} // namespace dc::core
