// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QString>

#include <vector>

namespace dc::core {

// The people of the campaign, kept at the province hub (docs/HUB.md "Persons"): a volunteer is a person with a UUID
// issued here; a workstation account (site UUID + user name) is linked to its person once, by the office. ID numbers
// are attributes, checked (core/domain/IdNumber.h) but never keys; no log line, error or audit event holds a name or
// a number (the audit events name the person's UUID only).

struct NewPerson {
    QString fullName; // "Nguyễn Thị Lan": NFC, spaces collapsed, 1–100 characters
    QString idNumber; // optional: a CMND (9 digits) or CCCD (12 digits); spaces and dots forgiven
    QString commune;  // optional: "District/Commune" of the campaign (a bare name when unique)
};

struct PersonLink {
    QString site;     // the workstation's site UUID
    QString userName; // the account's user name there
    QString linkedAt;
    QString person; // the person's UUID
};

struct Person {
    QString uuid;
    QString fullName;
    QString idNumber; // digits, or empty
    QString district; // empty when not given
    QString commune;
    QString createdAt;
    std::vector<PersonLink> links;
};

class PersonService {
public:
    // Hub only (WrongSiteKind), province accounts only (NotPermitted). InvalidInput for a bad name, ID number or
    // commune. Returns the new person, with its UUID.
    [[nodiscard]] static Result<Person> addPerson(Session& session, const NewPerson& person);
    // Every person with their links, by name.
    [[nodiscard]] static Result<std::vector<Person>> listPersons(Session& session);
    // Links the account `userName` of the workstation `siteUuid` to the person. The person must exist (InvalidInput);
    // the hub need not have received the account yet. An account is linked once: a second link is refused
    // (InvalidInput), whichever person it names.
    [[nodiscard]] static Result<PersonLink> link(Session& session, const QString& personUuid, const QString& siteUuid,
                                                 const QString& userName);
};

} // namespace dc::core
