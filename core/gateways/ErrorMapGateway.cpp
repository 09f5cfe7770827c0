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

void ErrorMapGateway::noteCurrentRow(Deltas& deltas, const QString& checkUuid, int sign, bool realCorrections) {
    if (sign > 0) {
        // The check's UUID was checked with its payload row (exchange::parsePayload: hex digits and dashes), so it
        // needs no escaping in JSON; were it ever anything else, json_each would refuse the array and the import roll
        // back.
        deltas.becameCurrent.append(deltas.becameCurrent.isEmpty() ? "[\"" : ",\"")
            .append(checkUuid.toLatin1())
            .append('"');
    } else {
        noteEntries(deltas, checkUuid, sign);
    }
    if (!realCorrections) {
        return;
    }
    auto corrected = m_db.cached(
        "SELECT site_uuid, record_type, decade, field_key, class FROM hub_map_field_rows WHERE check_uuid = ?1");
    corrected->bind(1, checkUuid);
    while (corrected->step()) {
        deltas.corrected[{corrected->text(0), corrected->text(1), corrected->integer(2), corrected->text(3),
                          corrected->text(4)}] += sign;
    }
    corrected->reset();
}

void ErrorMapGateway::noteEntries(Deltas& deltas, const QString& checkUuid, int sign) {
    auto entries = m_db.cached("SELECT site_uuid, record_type, decade, schema_version, outcome, writing_differences "
                               "FROM hub_map_rows WHERE check_uuid = ?1");
    entries->bind(1, checkUuid);
    if (entries->step()) {
        auto& d =
            deltas
                .entries[{entries->text(0), entries->text(1), entries->integer(2), entries->text(3), entries->text(4)}];
        d.first += sign;
        d.second += sign * entries->int64(5);
    }
    entries->reset();
}

void ErrorMapGateway::flush(Deltas& deltas) {
    if (!deltas.becameCurrent.isEmpty()) {
        deltas.becameCurrent.append(']');
        auto current = m_db.cached(
            "SELECT site_uuid, record_type, decade, schema_version, outcome, count(*), sum(writing_differences) FROM "
            "hub_map_rows WHERE check_uuid IN (SELECT value FROM json_each(?1)) GROUP BY 1, 2, 3, 4, 5");
        current->bindUnowned(1, std::string_view(deltas.becameCurrent.constData(),
                                                 static_cast<std::size_t>(deltas.becameCurrent.size())));
        while (current->step()) {
            auto& d = deltas.entries[{current->text(0), current->text(1), current->integer(2), current->text(3),
                                      current->text(4)}];
            d.first += current->int64(5);
            d.second += current->int64(6);
        }
        current->reset();
        deltas.becameCurrent.clear();
    }
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
