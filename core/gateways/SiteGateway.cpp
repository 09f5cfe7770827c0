// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/SiteGateway.h"

#include "core/store/Database.h"

namespace dc::core::gateways {

namespace {

constexpr const char* kUserColumns =
    "id, uuid, user_name, display_name, role, active, created_at, district, person_uuid, awaiting_activation";

std::string selectUsers(const char* rest) {
    return std::string("SELECT ") + kUserColumns + " FROM users " + rest;
}

// Columns: kUserColumns.
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
    u.personUuid = s.optionalText(8).value_or(QString());
    u.awaitingActivation = s.int64(9) != 0;
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
    auto s = m_db.cached(selectUsers("WHERE user_name = ?1"));
    s->bind(1, userName);
    if (!s->step()) {
        return std::nullopt;
    }
    return readUser(*s);
}

std::optional<UserAccount> SiteGateway::userById(qint64 id) {
    auto s = m_db.cached(selectUsers("WHERE id = ?1"));
    s->bind(1, id);
    if (!s->step()) {
        return std::nullopt;
    }
    return readUser(*s);
}

std::vector<UserAccount> SiteGateway::users() {
    auto s = m_db.cached(selectUsers("ORDER BY user_name"));
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

std::optional<UserAccount> SiteGateway::userByPerson(const QString& personUuid) {
    auto s = m_db.cached(selectUsers("WHERE person_uuid = ?1"));
    s->bind(1, personUuid);
    if (!s->step()) {
        return std::nullopt;
    }
    return readUser(*s);
}

std::vector<UserAccount> SiteGateway::rosteredAccounts() {
    auto s = m_db.cached(selectUsers("WHERE person_uuid IS NOT NULL ORDER BY user_name"));
    std::vector<UserAccount> users;
    while (s->step()) {
        users.push_back(readUser(*s));
    }
    return users;
}

void SiteGateway::insertAwaitingUser(const QString& siteUuid, UserAccount& user,
                                     const exchange::ActivationHash& activation) {
    auto s = m_db.cached(
        "INSERT INTO users (uuid, site_uuid, user_name, display_name, role, active, created_at, district, person_uuid, "
        "awaiting_activation) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, '', ?7, 1) RETURNING id");
    s->bind(1, user.uuid)
        .bind(2, siteUuid)
        .bind(3, user.userName)
        .bind(4, user.displayName)
        .bind(5, roleKey(user.role))
        .bind(6, user.createdAt)
        .bind(7, user.personUuid);
    (void)s->step();
    user.id = s->int64(0);
    user.active = false;
    user.awaitingActivation = true;
    s->reset();
    setActivation(user.id, activation);
}

void SiteGateway::setActivation(qint64 userId, const exchange::ActivationHash& activation) {
    m_db.cached("UPDATE users SET activation_hash = ?2, activation_salt = ?3, activation_memory_kib = ?4, "
                "activation_iterations = ?5, activation_parallelism = ?6, activation_expires_at = ?7 "
                "WHERE id = ?1 AND awaiting_activation = 1")
        ->bind(1, userId)
        .bindBlob(2, activation.hash)
        .bindBlob(3, activation.salt)
        .bind(4, static_cast<std::int64_t>(activation.params.memoryKiB))
        .bind(5, static_cast<std::int64_t>(activation.params.iterations))
        .bind(6, static_cast<std::int64_t>(activation.params.parallelism))
        .bind(7, activation.expiresAt)
        .run();
}

std::optional<exchange::ActivationHash> SiteGateway::activation(qint64 userId) {
    auto s = m_db.cached("SELECT activation_hash, activation_salt, activation_memory_kib, activation_iterations, "
                         "activation_parallelism, activation_expires_at FROM users "
                         "WHERE id = ?1 AND awaiting_activation = 1 AND activation_hash IS NOT NULL");
    s->bind(1, userId);
    if (!s->step()) {
        return std::nullopt;
    }
    exchange::ActivationHash stored;
    stored.hash = s->blob(0);
    stored.salt = s->blob(1);
    stored.params = {static_cast<std::uint32_t>(s->int64(2)), static_cast<std::uint32_t>(s->int64(3)),
                     static_cast<std::uint32_t>(s->int64(4))};
    stored.expiresAt = s->text(5);
    s->reset();
    return stored;
}

void SiteGateway::completeActivation(qint64 userId) {
    m_db.cached("UPDATE users SET active = 1, awaiting_activation = 0, activation_hash = NULL, activation_salt = NULL, "
                "activation_memory_kib = NULL, activation_iterations = NULL, activation_parallelism = NULL, "
                "activation_expires_at = NULL WHERE id = ?1 AND awaiting_activation = 1")
        ->bind(1, userId)
        .run();
}

void SiteGateway::withdrawActivation(qint64 userId, const QString& removedAt) {
    m_db.cached("UPDATE users SET awaiting_activation = 0, activation_hash = NULL, activation_salt = NULL, "
                "activation_memory_kib = NULL, activation_iterations = NULL, activation_parallelism = NULL, "
                "activation_expires_at = NULL, active = 0, removed_at = ?2 WHERE id = ?1 AND awaiting_activation = 1")
        ->bind(1, userId)
        .bind(2, removedAt)
        .run();
}

void SiteGateway::setDisplayName(qint64 userId, const QString& displayName) {
    m_db.cached("UPDATE users SET display_name = ?2 WHERE id = ?1")->bind(1, userId).bind(2, displayName).run();
}

} // namespace dc::core::gateways
