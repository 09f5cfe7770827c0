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
    // The current rows (entry_state) with their books, and their corrections, read apart and put together here: the
    // same rule as the hub's import (domain::mapContribution), summed per place of the map.
    std::unordered_map<qint64, std::vector<domain::MapCorrection>> corrections;
    {
        auto s = m_db.prepare("SELECT k.check_id, k.field_key, k.class, k.writing_difference FROM entry_state e "
                              "JOIN corrections k ON k.check_id = e.check_id");
        while (s.step()) {
            corrections[s.int64(0)].push_back({s.text(1), s.text(2), s.int64(3) != 0});
        }
    }
    Deltas sums;
    auto s = m_db.prepare("SELECT c.id, b.commune, b.record_type, b.year_from, c.registration_date, c.schema_version, "
                          "c.outcome FROM entry_state e JOIN checks c ON c.id = e.check_id "
                          "JOIN books b ON b.id = c.book_id");
    const std::vector<domain::MapCorrection> none;
    while (s.step()) {
        const auto found = corrections.find(s.int64(0));
        const auto& own = found == corrections.end() ? none : found->second;
        noteCurrentRow(sums, {s.text(1), s.text(2), s.int64(3), s.text(4), s.text(5), s.text(6), own}, 1);
    }
    Summary out;
    for (const auto& [key, d] : sums.entries) {
        const auto& [place, type, decade, version, outcome] = key;
        out.entries.push_back({place, type, decade, version, outcome, d.first, d.second});
    }
    for (const auto& [key, n] : sums.corrected) {
        const auto& [place, type, decade, field, cls] = key;
        out.corrected.push_back({place, type, decade, field, cls, n});
    }
    return out;
}

void ErrorMapGateway::noteCurrentRow(Deltas& deltas, const CurrentRow& row, int sign) {
    const domain::MapContribution c =
        domain::mapContribution(row.registrationDate, row.bookFirstYear, row.outcome, row.corrections);
    auto& entries = deltas.entries[{row.place, row.recordType, c.decade, row.schemaVersion, row.outcome}];
    entries.first += sign;
    entries.second += sign * c.writingDifferences;
    for (const auto& [field, cls] : c.corrected) {
        deltas.corrected[{row.place, row.recordType, c.decade, field, cls}] += sign;
    }
}

void ErrorMapGateway::flush(Deltas& deltas) {
    auto entries = m_db.cached(
        "INSERT INTO hub_map_entries (site_uuid, record_type, decade, schema_version, outcome, entries, "
        "writing_differences) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (site_uuid, record_type, decade, "
        "schema_version, outcome) DO UPDATE SET entries = entries + ?6, writing_differences = writing_differences + "
        "?7");
    for (const auto& [key, d] : deltas.entries) {
        if (d.first == 0 && d.second == 0) {
            continue;
        }
        const auto& [site, type, decade, version, outcome] = key;
        entries->bind(1, site).bind(2, type).bind(3, decade).bind(4, version).bind(5, outcome);
        entries->bind(6, d.first).bind(7, d.second);
        entries->run();
        entries->reset();
    }
    auto corrected = m_db.cached(
        "INSERT INTO hub_map_corrected (site_uuid, record_type, decade, field_key, class, entries) VALUES (?1, ?2, ?3, "
        "?4, ?5, ?6) ON CONFLICT (site_uuid, record_type, decade, field_key, class) DO UPDATE SET entries = entries + "
        "?6");
    for (const auto& [key, n] : deltas.corrected) {
        if (n == 0) {
            continue;
        }
        const auto& [site, type, decade, field, cls] = key;
        corrected->bind(1, site).bind(2, type).bind(3, decade).bind(4, field).bind(5, cls).bind(6, n);
        corrected->run();
        corrected->reset();
    }
    deltas.entries.clear();
    deltas.corrected.clear();
}

} // namespace dc::core::gateways
