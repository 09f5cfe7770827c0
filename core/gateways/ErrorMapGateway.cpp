// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/ErrorMapGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

namespace {

ErrorMapGateway::Summary readSummary(store::Database& db, const char* entriesSql, const char* correctedSql) {
    ErrorMapGateway::Summary out;
    {
        auto s = db.prepare(entriesSql);
        while (s.step()) {
            out.entries.push_back({s.text(0), s.text(1), s.integer(2), s.text(3), s.text(4), s.int64(5), s.int64(6)});
        }
    }
    {
        auto s = db.prepare(correctedSql);
        while (s.step()) {
            out.corrected.push_back({s.text(0), s.text(1), s.integer(2), s.text(3), s.text(4), s.int64(5)});
        }
    }
    return out;
}

} // namespace

ErrorMapGateway::Summary ErrorMapGateway::hubSummary() {
    return readSummary(m_db,
                       "SELECT site_uuid, record_type, decade, schema_version, outcome, entries, writing_differences "
                       "FROM hub_map_entries WHERE entries <> 0 OR writing_differences <> 0",
                       "SELECT site_uuid, record_type, decade, field_key, class, entries FROM hub_map_corrected "
                       "WHERE entries <> 0");
}

ErrorMapGateway::Summary ErrorMapGateway::siteSummary() {
    return readSummary(
        m_db,
        "SELECT r.commune, r.record_type, r.decade, r.schema_version, r.outcome, count(*), sum(r.writing_differences) "
        "FROM entry_state e JOIN map_rows r ON r.check_id = e.check_id GROUP BY 1, 2, 3, 4, 5",
        "SELECT f.commune, f.record_type, f.decade, f.field_key, f.class, count(*) FROM entry_state e "
        "JOIN map_field_rows f ON f.check_id = e.check_id GROUP BY 1, 2, 3, 4, 5");
}

void ErrorMapGateway::noteCurrentRow(const QString& checkUuid, int sign, bool realCorrections) {
    auto entries = m_db.cached(
        "INSERT INTO hub_map_entries (site_uuid, record_type, decade, schema_version, outcome, entries, "
        "writing_differences) SELECT site_uuid, record_type, decade, schema_version, outcome, ?2, "
        "?2 * writing_differences FROM hub_map_rows WHERE check_uuid = ?1 ON CONFLICT (site_uuid, record_type, "
        "decade, schema_version, outcome) DO UPDATE SET entries = entries + excluded.entries, writing_differences = "
        "writing_differences + excluded.writing_differences");
    entries->bind(1, checkUuid).bind(2, sign);
    entries->run();
    entries->reset();
    if (!realCorrections) {
        return;
    }
    auto corrected = m_db.cached(
        "INSERT INTO hub_map_corrected (site_uuid, record_type, decade, field_key, class, entries) SELECT site_uuid, "
        "record_type, decade, field_key, class, ?2 FROM hub_map_field_rows WHERE check_uuid = ?1 ON CONFLICT "
        "(site_uuid, record_type, decade, field_key, class) DO UPDATE SET entries = entries + excluded.entries");
    corrected->bind(1, checkUuid).bind(2, sign);
    corrected->run();
    corrected->reset();
}

} // namespace dc::core::gateways
