// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/SettingsGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

std::optional<QString> SettingsGateway::value(const QString& key) {
    auto s = m_db.cached("SELECT value FROM site_settings WHERE key = ?1");
    s->bind(1, key);
    if (!s->step()) {
        return std::nullopt;
    }
    return s->text(0);
}

void SettingsGateway::set(const QString& key, const QString& value) {
    m_db.prepare("INSERT INTO site_settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .run();
}

} // namespace dc::core::gateways
