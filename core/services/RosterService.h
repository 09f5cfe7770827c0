// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace dc::core {

// The roster package (issue 14 item 5; docs/HUB.md "Roster packages"): built at the hub for one enrolled commune,
// signed by the hub and sealed to the commune's key; applied at the commune's workstation by its supervisor, where it
// creates the volunteers' accounts awaiting activation (UserService::activate).

// What the hub rosters at one commune: the allocation and roster solver's output for it, as plain data.
struct RosterPlanVolunteer {
    QString person;   // the person's UUID (PersonService)
    QString fullName; // as registered; normalised by the builder
    QString userName; // chosen by the hub: the account rules apply (canonicalUserName), unique in the package
    std::vector<QDate> days;
};
struct RosterPlan {
    QString campaign; // the campaign's name; empty: the built-in campaign's
    QString district; // as the campaign spells them ("Dầu Tiếng", "Thanh An")
    QString commune;
    std::vector<RosterPlanVolunteer> volunteers;
};

// The codes of a package, returned once for the printed roster sheet and never stored at the hub.
struct IssuedCode {
    QString person;
    QString userName;
    crypto::SecureBuffer code; // "12345-67890"
    QString expiresAt;         // stored UTC time
};
struct BuiltRoster {
    QString file;
    qint64 sequence = 0;
    QString site; // the commune's workstation (site UUID) it is sealed to
    std::vector<IssuedCode> codes;
};

struct AppliedRoster {
    qint64 sequence = 0;
    bool alreadyApplied = false; // this very package was applied before: nothing changed
    int created = 0;             // new accounts awaiting activation
    int updated = 0;             // existing accounts whose days, name or (still awaiting) code changed
    int unchanged = 0;
    int dropped = 0;     // rostered before, not in this package: their days removed (see docs/HUB.md)
    int withdrawn = 0;   // of those, accounts still awaiting activation: their code withdrawn, the row kept as removed
    int removedHere = 0; // in the package, but their account was removed at this site: left removed
};

class RosterService {
public:
    // The codes' lifetime when the caller gives none: the whole campaign month and its training, so that a volunteer
    // first rostered late in December can still activate.
    static constexpr int kDefaultCodeValidityDays = 45;

    // A province account at the hub, holding the hub's keys. Refuses a commune without a current enrollment
    // (NotEnrolled), a plan the rules refuse (InvalidUserName for a user name the account rules refuse, UserExists
    // for a user name or person twice, InvalidInput for another malformed field or more than the format's bounds).
    // Gives the package the commune's next sequence number, generates a code per volunteer and writes the file
    // atomically; the sequence is recorded only once the file is written. `kdf` is the codes' Argon2id cost (at least
    // the project's floor); `expiresAt` the codes' expiry (default: now + kDefaultCodeValidityDays).
    [[nodiscard]] static Result<BuiltRoster> buildPackage(Session& session, const RosterPlan& plan,
                                                          const QString& outputPath,
                                                          crypto::Argon2Params kdf = crypto::kArgon2Floor,
                                                          std::optional<QDateTime> expiresAt = std::nullopt);

    // A supervisor at an enrolled commune workstation (WrongSiteKind at a hub, NotPermitted for a volunteer,
    // NotEnrolled before enrollment). Reads the file bounded, checks it is from this workstation's hub, for this site
    // and its current key and commune (FileRefused unknown-sender / wrong-recipient), verifies the hub's signature
    // (bad-signature), opens it (damaged), parses every field strictly (damaged / too-large), refuses an older or
    // replayed sequence (rollback), then applies it in one transaction with its audit event (counts and sequence,
    // never names). A user name taken here by another person's or a local account: UserExists, nothing changed.
    [[nodiscard]] static Result<AppliedRoster> apply(Session& session, const QString& path);

    // Anyone signed in at a commune: the days a rostered account works (empty for others).
    [[nodiscard]] static Result<std::vector<QDate>> days(Session& session, const QString& userName);
};

} // namespace dc::core
