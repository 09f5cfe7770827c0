// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/Accounts.h"

#include "core/domain/PasswordStrength.h"

#include "crypto/SecureBuffer.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace dc::core {

namespace {

constexpr int kMaxDisplayNameLength = 100;
constexpr int kMaxPasswordBytes = 1024;

// Wipes a QString's characters in place (detaching first, so no shared copy keeps them).

// Case and tone marks removed: "Lăn" → "lan", for comparing a password with a user name.
QString folded(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        out.append(c == QChar(0x0111) || c == QChar(0x0110) ? QChar(u'd') : c.toLower());
    }
    return out;
}

bool hasControlCharacter(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

} // namespace

QString roleKey(Role role) {
    switch (role) {
    case Role::Volunteer:
        return QStringLiteral("volunteer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::District:
        return QStringLiteral("district");
    case Role::Province:
        return QStringLiteral("province");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key) {
    for (const Role role : {Role::Volunteer, Role::Supervisor, Role::District, Role::Province}) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

QString siteKindKey(SiteKind kind) {
    return kind == SiteKind::Hub ? QStringLiteral("hub") : QStringLiteral("commune");
}

std::optional<SiteKind> siteKindFromKey(const QString& key) {
    for (const SiteKind kind : {SiteKind::Commune, SiteKind::Hub}) {
        if (siteKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

Role keyHolderRole(SiteKind kind) {
    return kind == SiteKind::Hub ? Role::Province : Role::Supervisor;
}

bool roleBelongsTo(SiteKind kind, Role role) {
    if (kind == SiteKind::Hub) {
        return role == Role::District || role == Role::Province;
    }
    return role == Role::Volunteer || role == Role::Supervisor;
}

Result<QString> canonicalUserName(const QString& typed) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    const QString name = typed.trimmed().toLower();
    if (!pattern.match(name).hasMatch()) {
        return makeError(ErrorCode::InvalidUserName,
                         QStringLiteral("user names are 3-32 of a-z, 0-9, '.', '_', '-', starting with a letter"));
    }
    return name;
}

Result<QString> normalizedDisplayName(const QString& typed) {
    const QString name = typed.normalized(QString::NormalizationForm_C).simplified();
    if (name.isEmpty() || name.size() > kMaxDisplayNameLength || hasControlCharacter(name)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a display name is 1-100 characters without control characters"));
    }
    return name;
}

int minimumPasswordLength(Role role) {
    return role == Role::Volunteer ? kMinPasswordLengthVolunteer : kMinPasswordLengthSupervisor;
}

Result<void> checkPasswordRules(Role role, const QString& userName, const crypto::SecureBuffer& password,
                                const PasswordContext& context) {
    QString text = QString::fromUtf8(password.chars().data(), static_cast<qsizetype>(password.size()));
    const qsizetype characters = text.toUcs4().size();
    const bool isUserName = folded(text) == folded(userName);
    wipeTyped(text);
    if (characters < minimumPasswordLength(role)) {
        return makeError(
            ErrorCode::PasswordTooShort,
            QStringLiteral("passwords for this role need at least %1 characters").arg(minimumPasswordLength(role)));
    }
    if (isUserName) {
        return makeError(ErrorCode::PasswordIsUserName, QStringLiteral("the password must not be the user name"));
    }
    if (!context.exempt &&
        domain::passwordBits(password, domain::passwordUserWords(context.names + QStringList{userName})) <
            domain::kMinPasswordBits) {
        return makeError(ErrorCode::PasswordTooWeak,
                         QStringLiteral("the password is too easy to guess: at least 10^10 guesses are needed"));
    }
    return {};
}

Result<crypto::SecureBuffer> acceptablePassword(Role role, const QString& userName, const crypto::SecureBuffer& typed,
                                                const PasswordContext& context) {
    auto password = normalizedPassword(typed);
    if (!password) {
        return password.error();
    }
    if (auto rules = checkPasswordRules(role, userName, password.value(), context); !rules) {
        return rules.error();
    }
    return password;
}

Result<crypto::SecureBuffer> normalizedPassword(const crypto::SecureBuffer& utf8) {
    if (utf8.size() > kMaxPasswordBytes) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("password longer than 1024 bytes"));
    }
    const bool ascii = std::all_of(utf8.bytes().begin(), utf8.bytes().end(), [](std::uint8_t b) { return b < 0x80; });
    if (ascii) {
        const bool control =
            std::any_of(utf8.bytes().begin(), utf8.bytes().end(), [](std::uint8_t b) { return b < 0x20 || b == 0x7f; });
        if (control) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("password contains control characters"));
        }
        return utf8.clone();
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(utf8.data(), static_cast<qsizetype>(utf8.size())));
    if (decoder.hasError()) {
        wipeTyped(text);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("password is not valid UTF-8"));
    }
    return takePassword(text);
}

void wipeTyped(QString& text) {
    if (!text.isEmpty()) {
        QChar* data = text.data();
        crypto::secureWipe(data, static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

Result<crypto::SecureBuffer> takePassword(QString& typed) {
    if (hasControlCharacter(typed)) {
        wipeTyped(typed);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("password contains control characters"));
    }
    QString nfc = typed.normalized(QString::NormalizationForm_C);
    wipeTyped(typed);
    QByteArray bytes = nfc.toUtf8();
    wipeTyped(nfc);
    crypto::SecureBuffer out = crypto::SecureBuffer::copyOf(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())));
    crypto::secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    if (out.size() > static_cast<std::size_t>(kMaxPasswordBytes)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("password longer than 1024 bytes"));
    }
    return out;
}

} // namespace dc::core
