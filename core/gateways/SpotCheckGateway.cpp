// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/SpotCheckGateway.h"

#include "core/Uuid.h"
#include "core/store/Database.h"

namespace dc::core::gateways {

void SpotCheckGateway::insertSample(Sample& sample) {
    auto s =
        m_db.cached("INSERT INTO spot_samples (uuid, day, first_user, second_user, seed, rate_permille, minimum, "
                    "population, drawn_by, drawn_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
    s->bind(1, sample.uuid)
        .bind(2, sample.day)
        .bind(3, sample.firstUser)
        .bind(4, sample.secondUser)
        .bind(5, sample.seed)
        .bind(6, sample.ratePermille)
        .bind(7, sample.minimum)
        .bind(8, sample.population)
        .bind(9, sample.drawnBy)
        .bind(10, sample.drawnAt);
    (void)s->step();
    sample.id = s->int64(0);
    s->run();
}

void SpotCheckGateway::addItem(qint64 sampleId, const QString& checkUuid) {
    m_db.cached("INSERT INTO spot_items (sample_id, check_id, uuid) SELECT ?1, id, ?3 FROM checks WHERE uuid = ?2")
        ->bind(1, sampleId)
        .bind(2, checkUuid)
        .bind(3, core::newRowUuid())
        .run();
}

std::optional<SpotCheckGateway::Sample> SpotCheckGateway::sample(qint64 sampleId) {
    auto s = m_db.cached("SELECT uuid, day, first_user, second_user, seed, rate_permille, minimum, population, "
                         "drawn_by, drawn_at FROM spot_samples WHERE id = ?1");
    s->bind(1, sampleId);
    if (!s->step()) {
        return std::nullopt;
    }
    return Sample{sampleId,      s->text(0),    s->text(1),    s->int64(2), s->int64(3), s->text(4),
                  s->integer(5), s->integer(6), s->integer(7), s->int64(8), s->text(9)};
}

std::optional<qint64> SpotCheckGateway::sampleOf(const QString& day, qint64 firstUser, qint64 secondUser) {
    auto s = m_db.cached("SELECT id FROM spot_samples WHERE day = ?1 AND first_user = ?2 AND second_user = ?3");
    s->bind(1, day).bind(2, firstUser).bind(3, secondUser);
    if (!s->step()) {
        return std::nullopt;
    }
    return s->int64(0);
}

std::vector<qint64> SpotCheckGateway::samplesOfDay(const QString& day) {
    auto s = m_db.cached("SELECT id FROM spot_samples WHERE day = ?1 ORDER BY id");
    s->bind(1, day);
    std::vector<qint64> ids;
    while (s->step()) {
        ids.push_back(s->int64(0));
    }
    return ids;
}

std::vector<qint64> SpotCheckGateway::itemsOf(qint64 sampleId) {
    auto s = m_db.cached("SELECT id FROM spot_items WHERE sample_id = ?1 ORDER BY id");
    s->bind(1, sampleId);
    std::vector<qint64> ids;
    while (s->step()) {
        ids.push_back(s->int64(0));
    }
    return ids;
}

std::optional<qint64> SpotCheckGateway::checkOfItem(qint64 itemId) {
    auto s = m_db.cached("SELECT check_id FROM spot_items WHERE id = ?1");
    s->bind(1, itemId);
    if (!s->step()) {
        return std::nullopt;
    }
    return s->int64(0);
}

void SpotCheckGateway::appendResult(qint64 itemId, const Result& r) {
    m_db.cached("INSERT INTO spot_results (item_id, result, field_key, value_before, value_after, class, note, "
                "supervisor_id, at, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        ->bind(1, itemId)
        .bind(2, r.result)
        .bind(3, r.fieldKey)
        .bind(4, r.before)
        .bind(5, r.after)
        .bind(6, r.correctionClass)
        .bind(7, r.note)
        .bind(8, r.supervisorId)
        .bind(9, r.at)
        .bind(10, core::newRowUuid())
        .run();
}

std::optional<SpotCheckGateway::Result> SpotCheckGateway::latestResult(qint64 itemId) {
    auto s = m_db.cached("SELECT result, field_key, value_before, value_after, class, note, supervisor_id, at "
                         "FROM spot_results WHERE item_id = ?1 ORDER BY id DESC LIMIT 1");
    s->bind(1, itemId);
    if (!s->step()) {
        return std::nullopt;
    }
    return Result{s->text(0), s->text(1), s->text(2), s->text(3), s->text(4), s->text(5), s->int64(6), s->text(7)};
}

std::vector<SpotCheckGateway::Decided> SpotCheckGateway::decided(const QString& fromDay, const QString& toDay) {
    auto s = m_db.cached("SELECT p.first_user, p.second_user, c.reader_id, c.checker_id, (SELECT r.result FROM "
                         "spot_results r WHERE r.item_id = i.id ORDER BY r.id DESC LIMIT 1) FROM spot_items i "
                         "JOIN spot_samples p ON p.id = i.sample_id JOIN checks c ON c.id = i.check_id "
                         "WHERE p.day >= ?1 AND p.day <= ?2 ORDER BY i.id");
    s->bind(1, fromDay).bind(2, toDay);
    std::vector<Decided> out;
    while (s->step()) {
        if (s->isNull(4)) {
            continue; // not decided yet
        }
        out.push_back({s->int64(0), s->int64(1), s->int64(2), s->int64(3), s->text(4) == QLatin1String("missed")});
    }
    return out;
}

std::vector<SpotCheckGateway::Miss> SpotCheckGateway::misses(const QString& fromDay, const QString& toDay) {
    auto s = m_db.cached("SELECT p.day, c.book_id, c.entry_number, c.subject_name, r.field_key, r.value_before, "
                         "r.value_after, r.class, p.first_user, p.second_user FROM spot_items i "
                         "JOIN spot_samples p ON p.id = i.sample_id JOIN checks c ON c.id = i.check_id "
                         "JOIN spot_results r ON r.id = (SELECT max(x.id) FROM spot_results x WHERE x.item_id = i.id) "
                         "WHERE r.result = 'missed' AND p.day >= ?1 AND p.day <= ?2 "
                         "ORDER BY p.day, c.book_id, c.entry_number");
    s->bind(1, fromDay).bind(2, toDay);
    std::vector<Miss> out;
    while (s->step()) {
        out.push_back({s->text(0), s->int64(1), s->integer(2), s->text(3), s->text(4), s->text(5), s->text(6),
                       s->text(7), s->int64(8), s->int64(9)});
    }
    return out;
}

} // namespace dc::core::gateways
