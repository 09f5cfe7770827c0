// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/evaluation/Evaluation.h"
#include "core/evaluation/Facts.h"
#include "core/services/CertificateService.h"
#include "core/services/Session.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace dc::core {

// Judging the volunteers (issue 15): every volunteer's metrics from the logged facts (a hub's summaries, or a commune
// site's own log; EvaluationGateway), scored, tiered and ranked by core/evaluation's rules with the campaign's
// "awards" settings, the shortlist and the private patterns. Rules and decisions: core/evaluation/README.md.
//
// Who sees what (checked here): at a hub, a province account everyone, the shortlist and the private patterns; a
// district account the volunteers of its district (their district is where they logged most entries) and its
// district's part of the shortlist, no patterns. At a commune site, its supervisor everyone of the site, the
// shortlist and the patterns. A volunteer only their own explanation. Every volunteer is judged against all the
// facts the site holds (the comparison groups need everyone); what an account may not see is left out afterwards.

struct AwardsRequest {
    QDate from; // invalid: from the first day logged
    QDate to;   // invalid: to the last
};

struct JudgedVolunteer {
    evaluation::Volunteer volunteer;
    evaluation::Evaluation evaluation;
    int rank = 0; // 1-based place in the ranking of everyone (the office's eyes only: never a public export; 0 for a
                  // district account, a volunteer)
    bool shortlisted = false;
    QStringList patterns; // the private patterns (empty when the account may not see them)
};

struct Awards {
    evaluation::AwardRules rules;
    std::vector<JudgedVolunteer> volunteers; // in rank order, only those the account may see
    evaluation::Shortlist shortlist;         // empty for a district account outside its district's part
    bool seesPatterns = false;
    bool atHub = false;
};

class AwardsService {
public:
    // The office's view (province or district account at a hub; a supervisor at a commune site): NotPermitted for
    // anyone else. InvalidInput for a reversed range.
    [[nodiscard]] static Result<Awards> compute(Session& session, const AwardsRequest& request);

    // The hub's import judges everyone for its receipts' explanations in two steps, so that the judging itself (pure:
    // no session, no database) runs on a worker while the import's transaction commits: `readForReceipts` reads,
    // inside that transaction, everything the judging needs (who may import: a province account at a hub;
    // WrongSiteKind at a commune, NotPermitted for other accounts), and `judge` judges it — what compute gives a
    // province account for the whole campaign.
    struct Judging {
        evaluation::Facts facts;
        evaluation::AwardRules rules;
        bool atHub = false;
    };
    [[nodiscard]] static Result<Judging> readForReceipts(Session& session);
    [[nodiscard]] static Result<Awards> judge(const Judging& judging);

    // One volunteer's explanation: `who` is a person's UUID, or a user name (at a hub "District/Commune:user" or a
    // user name unique across the hub). A volunteer may ask only for their own (NotPermitted otherwise); a district
    // account for its district's. NotFound when nobody matches.
    [[nodiscard]] static Result<JudgedVolunteer> explain(Session& session, const QString& who,
                                                         const AwardsRequest& request);

    // Who gets a certificate of participation (issue 15 part 5; CertificateService numbers and filters by minimum
    // days): every volunteer the account may judge, ordered by district, commune, full name and key (the certificates'
    // numbers follow this order). At a hub only volunteers linked to a person can be numbered: the others are counted
    // in `unlinked` and left out (the office links them first: `person link`).
    struct Participants {
        std::vector<CertificateSubject> subjects;
        int unlinked = 0;
    };
    [[nodiscard]] static Result<Participants> participants(Session& session, const AwardsRequest& request);

    // The explanations that travel back to a commune in its next receipt (issue 15 part 3; volunteers have no hub
    // account): [{"userName", "explanation"}] for every account at `site` of a volunteer judged at the hub, without
    // the private patterns or a rank. Both sides of the receipt use these two, so the format lives here once.
    [[nodiscard]] static QJsonArray receiptExplanations(const Awards& awards, const QString& site);
    struct ReceivedExplanation {
        QString userName;
        QByteArray json; // the explanation, compact
    };
    // Hostile until checked: at most 5,000 items, each an object with a valid user name (once) and an explanation
    // object of at most 64 KiB; InvalidInput naming what is wrong. An absent value (an older receipt) is none.
    [[nodiscard]] static Result<std::vector<ReceivedExplanation>> readReceiptExplanations(const QJsonValue& value);
    // At a commune site: the hub's explanation of `userName` carried by a receipt, if one came. A volunteer may ask
    // only for their own, a supervisor for anyone's (NotPermitted otherwise; WrongSiteKind at a hub).
    struct HubExplanation {
        QJsonObject explanation;
        QString issuedAt; // the receipt's
    };
    [[nodiscard]] static Result<std::optional<HubExplanation>> hubExplanation(Session& session,
                                                                              const QString& userName);

    // `awards compute --json`: {"volunteers": [{"person", "site", "userName", "name", "tier", "score", "eligible",
    // "metrics"}]} in rank order; "person" null when the account is linked to no person.
    [[nodiscard]] static QJsonObject computeJson(const Awards& awards);
    // The explanation's JSON (evaluation::explain) with who they are: name, site, userName, unit, communes, days.
    [[nodiscard]] static QJsonObject explainJson(const JudgedVolunteer& judged);
};

} // namespace dc::core
