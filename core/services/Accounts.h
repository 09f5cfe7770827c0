// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dc::core {

// Who an account is in the campaign (DOMAIN.md "People"). Volunteers and supervisors work at a commune; district and
// province accounts at the province hub (docs/HUB.md).
enum class Role { Volunteer, Supervisor, District, Province };

[[nodiscard]] QString roleKey(Role role);                          // "volunteer", "supervisor", ...
[[nodiscard]] std::optional<Role> roleFromKey(const QString& key); // the inverse; nullopt for anything else

// A site is a commune workstation or the province hub (`site.kind`, docs/HUB.md).
enum class SiteKind { Commune, Hub };
[[nodiscard]] QString siteKindKey(SiteKind kind);                          // "commune", "hub"
[[nodiscard]] std::optional<SiteKind> siteKindFromKey(const QString& key); // the inverse; nullopt for anything else

// The one rule of who runs a site: the role that manages its accounts and holds the site's own keys (Ed25519 + X25519,
// core/keyring/SiteKeys.h) and the generation root — supervisors at a commune, province accounts at a hub. Never a
// volunteer, never a district account. The site's first account has this role.
[[nodiscard]] Role keyHolderRole(SiteKind kind);
// The roles an account may have at a site of this kind: volunteer and supervisor at a commune, district and province
// at a hub.
[[nodiscard]] bool roleBelongsTo(SiteKind kind, Role role);

struct UserAccount {
    qint64 id = 0;
    QString uuid;
    QString userName;
    QString displayName;
    Role role = Role::Volunteer;
    bool active = true;
    QString createdAt;
    QString district;   // a district account's district, as the campaign spells it; empty for every other role
    QString personUuid; // the person the hub issued, for an account made by a roster package (issue 14); else empty
    // Made by a roster package and not activated yet: no keyring slot, not active, cannot sign in or be in a pair.
    bool awaitingActivation = false;
};

// User names are typed at every sign-in: trimmed and lower-cased, then 3–32 characters of a–z, 0–9, '.',
// '_' or '-', starting with a letter ("lan.nguyen"). Returns the canonical form or InvalidUserName.
[[nodiscard]] Result<QString> canonicalUserName(const QString& typed);

// Display names ("Nguyễn Thị Lan"): NFC, trimmed, inner spaces collapsed, 1–100 characters, no control
// characters. Returns the normalised form or InvalidInput.
[[nodiscard]] Result<QString> normalizedDisplayName(const QString& typed);

// What a new password is judged against besides itself: the names an attacker would try first (the site, the
// commune, the person's display name; the user name is always one), and whether the site is exempt (a demo or
// training site, whose passwords are printed for everyone).
struct PasswordContext {
    QStringList names;
    bool exempt = false;
};

// Password rules: at least 10 characters for supervisors and office roles, 8 for volunteers (counted in
// Unicode characters after NFC), not the user name (ignoring case and tone marks), and hard to guess: at least
// domain::kMinPasswordBits by zxcvbn's estimate, with the context's names and the common Vietnamese passwords as words
// tried first (PasswordTooWeak; every role; not for exempt sites).
inline constexpr int kMinPasswordLengthVolunteer = 8;
inline constexpr int kMinPasswordLengthSupervisor = 10;
[[nodiscard]] int minimumPasswordLength(Role role);
[[nodiscard]] Result<void> checkPasswordRules(Role role, const QString& userName, const crypto::SecureBuffer& password,
                                              const PasswordContext& context = {});

// normalizedPassword, then checkPasswordRules: the password to seal a new slot with, or why not.
[[nodiscard]] Result<crypto::SecureBuffer> acceptablePassword(Role role, const QString& userName,
                                                              const crypto::SecureBuffer& typed,
                                                              const PasswordContext& context = {});

// A password as the key derivation sees it: UTF-8 of its NFC form, so "ă" typed as one precomposed
// character or as "a" + combining breve opens the same slot. Refuses invalid UTF-8 and control characters.
[[nodiscard]] Result<crypto::SecureBuffer> normalizedPassword(const crypto::SecureBuffer& utf8);
// The same for a password held by the GUI in a QString; the string's characters are overwritten afterwards.
[[nodiscard]] Result<crypto::SecureBuffer> takePassword(QString& typed);
// Overwrites what was typed (a password, a recovery code) and empties the string: for a secret refused before
// takePassword, or never needed. (QML's own copy of a field's text is not ours to wipe.)
void wipeTyped(QString& text);

} // namespace dc::core
