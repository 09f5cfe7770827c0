// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/SpotCheckService.h"

#include "core/Clock.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Values.h"
#include "core/services/CheckRecords.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace dc::core {

namespace {

const QTimeZone kVietnam(7 * 3600);
constexpr std::size_t kSeedBytes = 16;

QString dayStart(const QDate& day) {
    return toStoredTime(QDateTime(day, QTime(0, 0), kVietnam));
}

QString userName(store::Database& db, qint64 id) {
    auto s = db.prepare("SELECT user_name FROM users WHERE id = ?1");
    s.bind(1, id);
    return s.step() ? s.text(0) : QString();
}

SpotItem loadItem(store::Database& db, qint64 itemId) {
    SpotItem item;
    item.itemId = itemId;
    auto s = db.prepare("SELECT check_id FROM spot_items WHERE id = ?1");
    s.bind(1, itemId);
    if (!s.step()) {
        return item;
    }
    item.check = *checkrecords::loadCheck(db, s.int64(0));
    item.reader = userName(db, item.check.readerId);
    item.checker = userName(db, item.check.checkerId);
    auto r = db.prepare("SELECT result, field_key, value_before, value_after, class, note FROM spot_results "
                        "WHERE item_id = ?1 ORDER BY id DESC LIMIT 1");
    r.bind(1, itemId);
    if (r.step()) {
        item.result = r.text(0) == QLatin1String("missed") ? SpotResult::Missed : SpotResult::Confirmed;
        item.fieldKey = r.text(1);
        item.before = r.text(2);
        item.after = r.text(3);
        item.correctionClass = r.text(4);
        item.note = r.text(5);
    }
    return item;
}

SpotSample loadSample(store::Database& db, qint64 sampleId) {
    SpotSample sample;
    auto s = db.prepare("SELECT day, first_user, second_user, seed, population FROM spot_samples WHERE id = ?1");
    s.bind(1, sampleId);
    if (!s.step()) {
        return sample;
    }
    sample.id = sampleId;
    sample.day = s.text(0);
    sample.firstUser = userName(db, s.int64(1));
    sample.secondUser = userName(db, s.int64(2));
    sample.seed = s.text(3);
    sample.population = s.integer(4);
    auto items = db.prepare("SELECT id FROM spot_items WHERE sample_id = ?1 ORDER BY id");
    items.bind(1, sampleId);
    while (items.step()) {
        sample.items.push_back(loadItem(db, items.int64(0)));
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
    db.prepare("INSERT INTO spot_results (item_id, result, field_key, value_before, value_after, class, note, "
               "supervisor_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, itemId)
        .bind(2, QString::fromLatin1(result))
        .bind(3, correction.fieldKey)
        .bind(4, correction.before)
        .bind(5, correction.after)
        .bind(6, correction.fieldKey.isEmpty() ? QString() : domain::correctionClassKey(correction.correctionClass))
        .bind(7, note.normalized(QString::NormalizationForm_C).trimmed().left(2000))
        .bind(8, session.user().id)
        .bind(9, toStoredTime(session.now()))
        .run();
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
        if (auto allowed = access::requireRole(session, Role::Supervisor, "draw spot-checks"); !allowed) {
            return allowed.error();
        }
        if (policy.ratePermille < 0 || policy.ratePermille > 1000 || policy.minimum < 0) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the rate is 0..1000 per mille"));
        }
        store::Database& db = session.database();
        // The day's "match" entries, current (not amended or voided since), by pair.
        auto s = db.prepare("SELECT min(c.reader_id, c.checker_id), max(c.reader_id, c.checker_id), c.uuid "
                            "FROM entry_state e JOIN checks c ON c.id = e.check_id WHERE e.outcome = 'match' "
                            "AND c.logged_at >= ?1 AND c.logged_at < ?2 ORDER BY c.id");
        s.bind(1, dayStart(day)).bind(2, dayStart(day.addDays(1)));
        QMap<std::pair<qint64, qint64>, std::vector<QString>> byPair;
        while (s.step()) {
            byPair[{s.int64(0), s.int64(1)}].push_back(s.text(2));
        }
        const QString dayKey = day.toString(Qt::ISODate);
        std::vector<SpotSample> out;
        for (auto it = byPair.constBegin(); it != byPair.constEnd(); ++it) {
            auto existing =
                db.prepare("SELECT id FROM spot_samples WHERE day = ?1 AND first_user = ?2 AND second_user = ?3");
            existing.bind(1, dayKey).bind(2, it.key().first).bind(3, it.key().second);
            if (existing.step()) {
                out.push_back(loadSample(db, existing.int64(0)));
                continue;
            }
            const std::vector<std::uint8_t> seedBytes = crypto::randomBytes(kSeedBytes);
            const QString seedHex = QString::fromStdString(crypto::toHex(seedBytes));
            const int size = sampleSize(static_cast<int>(it->size()), policy);
            const std::vector<QString> chosen = drawSample(seedHex.toLatin1(), *it, size);
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            store::Transaction transaction(db);
            db.prepare("INSERT INTO spot_samples (uuid, day, first_user, second_user, seed, rate_permille, minimum, "
                       "population, drawn_by, drawn_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .bind(1, uuid)
                .bind(2, dayKey)
                .bind(3, it.key().first)
                .bind(4, it.key().second)
                .bind(5, seedHex)
                .bind(6, policy.ratePermille)
                .bind(7, policy.minimum)
                .bind(8, static_cast<int>(it->size()))
                .bind(9, session.user().id)
                .bind(10, toStoredTime(session.now()))
                .run();
            auto id = db.prepare("SELECT last_insert_rowid()");
            (void)id.step();
            const qint64 sampleId = id.int64(0);
            for (const QString& checkUuid : chosen) {
                db.prepare("INSERT INTO spot_items (sample_id, check_id) SELECT ?1, id FROM checks WHERE uuid = ?2")
                    .bind(1, sampleId)
                    .bind(2, checkUuid)
                    .run();
            }
            access::record(session, QStringLiteral("spotcheck.drawn"), uuid,
                           {{QStringLiteral("day"), dayKey},
                            {QStringLiteral("seed"), seedHex},
                            {QStringLiteral("population"), static_cast<int>(it->size())},
                            {QStringLiteral("size"), size}});
            transaction.commit();
            out.push_back(loadSample(db, sampleId));
        }
        return out;
    });
}

Result<std::vector<SpotSample>> SpotCheckService::samples(Session& session, const QDate& day) {
    return access::guarded([&]() -> Result<std::vector<SpotSample>> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "see spot-checks"); !allowed) {
            return allowed.error();
        }
        auto s = session.database().prepare("SELECT id FROM spot_samples WHERE day = ?1 ORDER BY id");
        s.bind(1, day.toString(Qt::ISODate));
        std::vector<SpotSample> out;
        while (s.step()) {
            out.push_back(loadSample(session.database(), s.int64(0)));
        }
        return out;
    });
}

Result<SpotItem> SpotCheckService::confirm(Session& session, qint64 itemId, const QString& note) {
    return access::guarded([&]() -> Result<SpotItem> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "spot-check"); !allowed) {
            return allowed.error();
        }
        return record(session, itemId, "confirmed", Correction{}, note);
    });
}

Result<SpotItem> SpotCheckService::missed(Session& session, qint64 itemId, const CorrectionInput& correction,
                                          const QString& note) {
    return access::guarded([&]() -> Result<SpotItem> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "spot-check"); !allowed) {
            return allowed.error();
        }
        const SpotItem item = loadItem(session.database(), itemId);
        const auto book = checkrecords::loadBook(session.database(), item.check.bookId);
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
        auto s = session.database().prepare(
            "SELECT a.user_name, b.user_name, (SELECT r.result FROM spot_results r WHERE r.item_id = i.id "
            "ORDER BY r.id DESC LIMIT 1) FROM spot_items i JOIN spot_samples p ON p.id = i.sample_id "
            "JOIN users a ON a.id = p.first_user JOIN users b ON b.id = p.second_user "
            "WHERE p.day >= ?1 AND p.day <= ?2");
        s.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
        QMap<QString, std::pair<int, int>> pairs;
        QMap<QString, std::pair<int, int>> volunteers;
        while (s.step()) {
            if (s.isNull(2)) {
                continue; // not decided yet
            }
            const int miss = s.text(2) == QLatin1String("missed") ? 1 : 0;
            // Each item counts for the pair and for both of its members: one read, the other checked.
            for (auto* bucket : {&pairs[s.text(0) + QStringLiteral(" + ") + s.text(1)], &volunteers[s.text(0)],
                                 &volunteers[s.text(1)]}) {
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
