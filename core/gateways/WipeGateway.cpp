// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/WipeGateway.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <span>

namespace dc::core::gateways {

bool WipeGateway::insert(const Wipe& wipe) {
    auto s = m_db.prepare("INSERT INTO hub_wipes (statement_id, site_uuid, epoch, district, commune, last_sequence, "
                          "last_event, files, bytes, wiped_at, recorded_at, recorded_by, statement) VALUES (?1, ?2, "
                          "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (statement_id) DO NOTHING");
    s.bind(1, wipe.statementId)
        .bind(2, wipe.siteUuid)
        .bind(3, wipe.epoch)
        .bind(4, wipe.district)
        .bind(5, wipe.commune)
        .bind(6, wipe.lastSequence)
        .bind(7, wipe.lastEvent)
        .bind(8, wipe.files)
        .bind(9, wipe.bytes)
        .bind(10, wipe.wipedAt)
        .bind(11, wipe.recordedAt)
        .bind(12, wipe.recordedBy)
        .bindBlob(13, std::span(reinterpret_cast<const std::uint8_t*>(wipe.statement.constData()),
                                static_cast<std::size_t>(wipe.statement.size())));
    s.run();
    return s.changes() == 1;
}

std::optional<WipeGateway::Wipe> WipeGateway::newestOf(const QString& siteUuid) {
    auto s = m_db.prepare("SELECT statement_id, site_uuid, epoch, district, commune, last_sequence, last_event, files, "
                          "bytes, wiped_at, recorded_at, recorded_by FROM hub_wipes WHERE site_uuid = ?1 "
                          "ORDER BY wiped_at DESC, recorded_at DESC LIMIT 1");
    s.bind(1, siteUuid);
    if (!s.step()) {
        return std::nullopt;
    }
    Wipe wipe;
    wipe.statementId = s.text(0);
    wipe.siteUuid = s.text(1);
    wipe.epoch = s.int64(2);
    wipe.district = s.text(3);
    wipe.commune = s.text(4);
    wipe.lastSequence = s.int64(5);
    wipe.lastEvent = s.int64(6);
    wipe.files = s.int64(7);
    wipe.bytes = s.int64(8);
    wipe.wipedAt = s.text(9);
    wipe.recordedAt = s.text(10);
    wipe.recordedBy = s.text(11);
    return wipe;
}

} // namespace dc::core::gateways
