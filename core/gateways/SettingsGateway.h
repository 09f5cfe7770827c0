// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of `site_settings`: the site's settings as key → text ("daily_target" → "400").
class SettingsGateway {
public:
    explicit SettingsGateway(store::Database& db) : m_db(db) {}

    [[nodiscard]] std::optional<QString> value(const QString& key);
    void set(const QString& key, const QString& value);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
