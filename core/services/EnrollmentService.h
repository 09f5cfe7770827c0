// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"
#include "crypto/Ed25519.h"
#include "crypto/X25519.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace dc::core {

// Enrollment: a commune workstation and the province hub pin each other's keys (docs/HUB.md "Enrollment"). Keys are
// never trusted on first sight from a file: each side compares a 24-digit fingerprint read out by phone.

struct EnrollmentRequestWritten {
    QString fingerprint; // 24 digits (exchange::formatFingerprint to show)
    QString site;        // the workstation's site UUID
    QString siteName;
    QString file;
};

struct EnrollmentAccepted {
    QString site;
    QString siteName;
    std::int64_t epoch = 0;
    QString district;
    QString commune;
    QString replacedSite;   // the site that held the commune and was retired (--replace), or empty
    QString hubFingerprint; // the hub's own, for the office to read back
    QString file;
};

// The workstation's current enrollment (the newest epoch).
struct CurrentEnrollment {
    QString hub; // the hub's site UUID
    QString hubName;
    crypto::Ed25519PublicKey hubSigning{};
    crypto::X25519PublicKey hubBox{};
    QString hubFingerprint;
    std::int64_t epoch = 0;
    QString district;
    QString commune;
    QString hubKeyId;  // keyIdOf(hubSigning, hubBox): a bundle's `recipientKey`
    QString siteKeyId; // this workstation's own key id, as the hub pinned it (a key change needs a new epoch)
    QString enrolledAt;
};

// A site enrolled at the hub, at one epoch.
struct EnrolledSite {
    QString site;
    std::int64_t epoch = 0;
    QString siteName;
    QString district;
    QString commune;
    crypto::Ed25519PublicKey signingPublic{};
    crypto::X25519PublicKey boxPublic{};
    QString keyId;
    QString fingerprint;
    std::int64_t baseSize = 0; // the chain length of the request's checkpoint
    std::optional<std::array<std::uint8_t, 32>> baseHead;
    bool current = true; // false: retired (a later epoch, or another site took the commune)
    QString enrolledAt;
};

class EnrollmentService {
public:
    // Commune supervisor (the site's keys from the session). Writes a request signed with the site's key: its UUID,
    // name (the commune hint), both public keys and a signed checkpoint of the chain head.
    [[nodiscard]] static Result<EnrollmentRequestWritten> request(Session& session, const QString& outputPath);

    // Province account at a hub. Reads and verifies the request (FileRefused with the envelope's reason), compares
    // the fingerprint read out (FingerprintMismatch: nothing written), resolves the commune in the campaign, gives the
    // site its next epoch (earlier ones retired), pins its keys, records the audit event and writes the welcome
    // package signed by the hub — all or nothing. A commune that already has another current site is refused
    // (InvalidInput) unless `replace`: then that site is retired.
    [[nodiscard]] static Result<EnrollmentAccepted> accept(Session& session, const QString& requestPath,
                                                           const QString& typedFingerprint, const QString& typedCommune,
                                                           const QString& outputPath, bool replace = false);

    // Commune supervisor. Refuses a welcome for another site or keys (FileRefused wrong-recipient), a bad hub
    // signature, a hub fingerprint that differs from the one read out (FingerprintMismatch), or an epoch not newer
    // than the current enrollment's (InvalidInput); pins the hub's keys.
    [[nodiscard]] static Result<CurrentEnrollment> finish(Session& session, const QString& welcomePath,
                                                          const QString& typedHubFingerprint);

    // Anyone signed in at a commune: the current enrollment, or nullopt when the site has none. WrongSiteKind at a
    // hub.
    [[nodiscard]] static Result<std::optional<CurrentEnrollment>> currentEnrollment(Session& session);
    // What a commune supervisor needs to exchange files with the hub (bundles, receipts, roster packages): a commune
    // site (WrongSiteKind), a supervisor (NotPermitted) holding the site's keys (SiteKeyUnavailable), enrolled
    // (NotEnrolled). `what` names the operation in the refusal.
    [[nodiscard]] static Result<CurrentEnrollment> exchangeReady(Session& session, const char* what);

    // At a hub, for anyone signed in: the keys pinned for (site, epoch) and whether they are current; nullopt when the
    // hub never enrolled that site at that epoch (unknown-sender).
    [[nodiscard]] static Result<std::optional<EnrolledSite>> senderKeys(Session& session, const QString& site,
                                                                        std::int64_t epoch);
    // At a hub: the current site of a commune (district and commune as the campaign spells them), if any.
    [[nodiscard]] static Result<std::optional<EnrolledSite>> siteByCommune(Session& session, const QString& district,
                                                                           const QString& commune);
    // At a hub: every current site, by district and commune.
    [[nodiscard]] static Result<std::vector<EnrolledSite>> hubEnrolledSites(Session& session);

    // This site's own enrollment fingerprint, from its current public keys in the database (anyone signed in).
    [[nodiscard]] static Result<QString> ownFingerprint(Session& session);
};

} // namespace dc::core
