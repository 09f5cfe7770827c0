// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace dc::core {

// Certificates of participation (giấy chứng nhận, issue 15 part 5; README.md of core/services "Certificates").
// A certificate's number is sequential per campaign and given only at a hub (schema 19, hub_certificates): a person
// keeps their number in every later batch, new persons get the next numbers in the batch's order. A commune site
// prints unnumbered drafts. The PDF is drawn in app/common/export/Certificates.h.

// One volunteer as the caller (the awards CLI, from the metrics) names them.
struct CertificateSubject {
    QString person; // the person's UUID at a hub; empty at a commune
    QString userName;
    QString fullName; // printed in NFC, spaces collapsed
    QString unit;
    QStringList communes; // "District/Commune" as the campaign spells them
    int daysWorked = 0;
};

struct CertificateRequest {
    std::vector<CertificateSubject> subjects; // in the order the numbers are given
    std::optional<int> minDays;               // default: the campaign's awards.tiers.minDays
    QDate date;                               // the date printed; invalid: today at the site
};

struct IssuedCertificate {
    CertificateSubject subject;
    int number = 0; // 0: a draft (a commune site)
};

struct CertificateBatch {
    QString issuer, title, place, onBehalfOf, signatoryRole, signatory; // the campaign's "certificate" wording
    QString campaign;                                                   // the campaign's name
    QDate date;
    bool drafts = false;
    std::vector<IssuedCertificate> items; // the subjects that qualified, in the request's order
};

// A province account at a hub (numbered certificates) or a commune supervisor at a commune site (drafts); everyone
// else NotPermitted. Subjects below the minimum days are left out. InvalidInput (nothing numbered) for a negative
// minimum, a subject without a name or with a name over 100 characters, at a hub a subject without a person or a
// person named twice, or a person the hub does not know. At a hub the new numbers are kept, in one transaction with
// a "certificates.numbered" audit event (campaign, count, first and last new number; never a name).
[[nodiscard]] Result<CertificateBatch> issueCertificates(Session& session, const CertificateRequest& request);

// For the PDF writer: checks the same permission (a refusal writes nothing), then runs `write` inside the transaction
// that records the batch as a "certificates.printed" audit event (campaign, count, drafts, first and last number,
// output kind "file" or "folder"; never a name): the event is committed only when `write` succeeded. The caller
// removes what `write` created when this returns an error after writing.
[[nodiscard]] Result<void> recordCertificateBatch(Session& session, const CertificateBatch& batch,
                                                  const QString& outputKind,
                                                  const std::function<Result<void>()>& write);

} // namespace dc::core
