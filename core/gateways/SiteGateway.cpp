// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/SiteGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

namespace {

// Columns: id, uuid, user_name, display_name, role, active, created_at, district.
UserAccount readUser(const store::Statement& s) {
    UserAccount u;
    u.id = s.int64(0);
    u.uuid = s.text(1);
    u.userName = s.text(2);
    u.displayName = s.text(3);
    // The CHECK constraint keeps role within the known keys.
    u.role = roleFromKey(s.text(4)).value_or(Role::Volunteer);
    u.active = s.int64(5) != 0;
    u.createdAt = s.text(6);
    u.district = s.text(7);
    return u;
}

} // namespace

void SiteGateway::insertSite(const SiteRow& site) {
    m_db.prepare("INSERT INTO site (id, uuid, name, kdf_memory_kib, kdf_iterations, kdf_parallelism, created_at, kind) "
                 "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, site.uuid)
        .bind(2, site.name)
        .bind(3, static_cast<std::int64_t>(site.kdf.memoryKiB))
        .bind(4, static_cast<std::int64_t>(site.kdf.iterations))
        .bind(5, static_cast<std::int64_t>(site.kdf.parallelism))
        .bind(6, site.createdAt)
        .bind(7, siteKindKey(site.kind))
        .run();
}

std::optional<SiteRow> SiteGateway::site() {
    auto s = m_db.cached(
        "SELECT uuid, name, kdf_memory_kib, kdf_iterations, kdf_parallelism, created_at, kind FROM site WHERE id = 1");
    if (!s->step()) {
        return std::nullopt;
    }
    return SiteRow{s->text(0),
                   s->text(1),
                   {static_cast<std::uint32_t>(s->int64(2)), static_cast<std::uint32_t>(s->int64(3)),
                    static_cast<std::uint32_t>(s->int64(4))},
                   s->text(5),
                   // The CHECK constraint keeps kind within the known keys.
                   siteKindFromKey(s->text(6)).value_or(SiteKind::Commune)};
}

void SiteGateway::insertUser(const QString& siteUuid, UserAccount& user) {
    auto s =
        m_db.cached("INSERT INTO users (uuid, site_uuid, user_name, display_name, role, active, created_at, district) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
    s->bind(1, user.uuid)
        .bind(2, siteUuid)
        .bind(3, user.userName)
        .bind(4, user.displayName)
        .bind(5, roleKey(user.role))
        .bind(6, user.active ? 1 : 0)
        .bind(7, user.createdAt)
        .bind(8, user.district);
    (void)s->step();
    user.id = s->int64(0);
}

std::optional<UserAccount> SiteGateway::findUser(const QString& userName) {
    auto s = m_db.cached(
        "SELECT id, uuid, user_name, display_name, role, active, created_at, district FROM users WHERE user_name = ?1");
    s->bind(1, userName);
    if (!s->step()) {
        return std::nullopt;
    }
    return readUser(*s);
}

std::optional<UserAccount> SiteGateway::userById(qint64 id) {
    auto s = m_db.cached(
        "SELECT id, uuid, user_name, display_name, role, active, created_at, district FROM users WHERE id = ?1");
    s->bind(1, id);
    if (!s->step()) {
        return std::nullopt;
    }
    return readUser(*s);
}

std::vector<UserAccount> SiteGateway::users() {
    auto s = m_db.cached(
        "SELECT id, uuid, user_name, display_name, role, active, created_at, district FROM users ORDER BY user_name");
    std::vector<UserAccount> users;
    while (s->step()) {
        users.push_back(readUser(*s));
    }
    return users;
}

QString SiteGateway::userName(qint64 id) {
    auto s = m_db.cached("SELECT user_name FROM users WHERE id = ?1");
    s->bind(1, id);
    return s->step() ? s->text(0) : QString();
}

QString SiteGateway::userUuid(qint64 id) {
    auto s = m_db.cached("SELECT uuid FROM users WHERE id = ?1");
    s->bind(1, id);
    return s->step() ? s->text(0) : QString();
}

void SiteGateway::deactivateUser(qint64 userId, const QString& removedAt) {
    m_db.prepare("UPDATE users SET active = 0, removed_at = ?2 WHERE id = ?1").bind(1, userId).bind(2, removedAt).run();
}

int SiteGateway::countActive(Role role) {
    auto s = m_db.prepare("SELECT count(*) FROM users WHERE active = 1 AND role = ?1");
    s.bind(1, roleKey(role));
    (void)s.step();
    return s.integer(0);
}

} // namespace dc::core::gateways
