// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Clock.h"
#include "core/services/Accounts.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <QDateTime>

#include <cstdint>
#include <memory>
#include <optional>

namespace dc::core::store {
class Database;
}
namespace dc::core::keyring {
struct SiteKeys;
}
namespace dc::core::campaign {
struct Campaign;
}

namespace dc::core {

// Where a site's files are: the database, and beside it the keyring and the sign-in counts.
struct SitePaths {
    QString database;
    QString keyring;     // <database>.keyring
    QString signInState; // <database>.signin
    QString mark;        // <database>.mark: the audit chain's high-water mark (audit/HighWaterMark.h)
    [[nodiscard]] static SitePaths forDatabase(const QString& databasePath);
};

// An unlocked site and the people signed in to it: one account, or a pair (the second joins with their own
// password). Holds the open database and its key (needed to give a new account a slot); both are gone when the
// session is destroyed (sign-out, idle lock).
class Session {
public:
    Session(SitePaths paths, QString databaseId, QString siteName, store::Database database,
            crypto::SecureBuffer databaseKey, UserAccount user, Clock clock = systemClock());
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    [[nodiscard]] const SitePaths& paths() const { return m_paths; }
    [[nodiscard]] const QString& databaseId() const { return m_databaseId; }
    [[nodiscard]] const QString& siteName() const { return m_siteName; }
    // A commune workstation or the province hub (`site.kind`), as read at sign-in.
    [[nodiscard]] SiteKind siteKind() const { return m_siteKind; }
    void setSiteKind(SiteKind kind) { m_siteKind = kind; }
    // The open database, for core's gateways and services only: app/ never includes the store (tests/layering), so it
    // cannot use this; it calls services.
    [[nodiscard]] store::Database& database() { return *m_database; }
    [[nodiscard]] const crypto::SecureBuffer& databaseKey() const { return m_databaseKey; }
    [[nodiscard]] const UserAccount& user() const { return m_user; }
    // The second member of a pair, once they signed in (SignIn::addPartner).
    [[nodiscard]] const std::optional<UserAccount>& partner() const { return m_partner; }
    void setPartner(UserAccount partner) { m_partner = std::move(partner); }
    // The account with this id among those signed in, or nullptr.
    [[nodiscard]] const UserAccount* signedIn(qint64 userId) const;
    // The running work session of the pair (WorkSessionService), if any.
    [[nodiscard]] std::optional<qint64> workSessionId() const { return m_workSessionId; }
    void setWorkSessionId(std::optional<qint64> id) { m_workSessionId = id; }
    [[nodiscard]] QDateTime now() const { return m_clock(); }

    // The campaign the site runs, once core::campaignOf (services/SiteCampaign.h) has read it: a cache, filled on
    // first use. Null until then.
    [[nodiscard]] const std::shared_ptr<const campaign::Campaign>& cachedCampaign() const { return m_campaign; }
    void setCachedCampaign(std::shared_ptr<const campaign::Campaign> campaign) const {
        m_campaign = std::move(campaign);
    }

    // After a re-key the session continues on the re-encrypted database.
    void replaceDatabase(store::Database database, crypto::SecureBuffer databaseKey);

    // Core's, for a supervisor's session: the site's secret keys (opened from the supervisor's own keyring slot at
    // sign-in; never held by a volunteer's session) and the generation root (to move the database key to the next
    // generation without the recovery code). Null / empty when not held.
    [[nodiscard]] const keyring::SiteKeys* siteKeys() const { return m_siteKeys.get(); }
    void setSiteKeys(std::unique_ptr<keyring::SiteKeys> keys);
    [[nodiscard]] const crypto::SecureBuffer& generationRoot() const { return m_generationRoot; }
    // The supervisor's slot held copies of the site's keys, but none for the key the database names: the database's
    // key was changed (SiteKeyService::takeFromSlot).
    [[nodiscard]] bool siteKeyMismatch() const { return m_siteKeyMismatch; }
    void setSiteKeyMismatch(bool mismatch) { m_siteKeyMismatch = mismatch; }
    void setGenerationRoot(crypto::SecureBuffer root) { m_generationRoot = std::move(root); }

    // Where the audit chain stood against its high-water mark when the site was opened (audit/HighWaterMark.h):
    // logging is refused (ChainBehindMark) while it is behind or the mark is damaged, until a supervisor acknowledges.
    enum class ChainState { Sound, NoMark, Behind, MarkDamaged };
    [[nodiscard]] ChainState chainState() const { return m_chainState; }
    void setChainState(ChainState state) { m_chainState = state; }
    // The sequence last written to the mark and when, so that settling does not rewrite an unchanged mark.
    [[nodiscard]] std::int64_t markedSeq() const { return m_markedSeq; }
    [[nodiscard]] const QDateTime& markedAt() const { return m_markedAt; }
    void setMarked(std::int64_t seq, const QDateTime& at) {
        m_markedSeq = seq;
        m_markedAt = at;
    }

private:
    SitePaths m_paths;
    QString m_databaseId;
    QString m_siteName;
    SiteKind m_siteKind = SiteKind::Commune;
    std::unique_ptr<store::Database> m_database;
    crypto::SecureBuffer m_databaseKey;
    UserAccount m_user;
    std::optional<UserAccount> m_partner;
    std::optional<qint64> m_workSessionId;
    Clock m_clock;
    std::unique_ptr<keyring::SiteKeys> m_siteKeys;
    mutable std::shared_ptr<const campaign::Campaign> m_campaign;
    crypto::SecureBuffer m_generationRoot;
    bool m_siteKeyMismatch = false;
    ChainState m_chainState = ChainState::NoMark;
    std::int64_t m_markedSeq = -1;
    QDateTime m_markedAt;
};

} // namespace dc::core
