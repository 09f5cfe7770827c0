// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/AwardsService.h"
#include "core/services/ReportTables.h"

#include <optional>

namespace dc::core {

// The office's printable documents of the judging (issue 15 part 4), laid out once here and written by
// app/common/export as the reports are (XLSX, PDF, JSON; each export an audit event): the shortlist for Bằng khen and
// one evidence sheet per nominee for the Standing Committee's meeting. Identified (names, units): for the office only —
// AwardsService::compute's permissions, and the province (or a commune's supervisor for its own site) only, as issue 15
// says; a district reads its own district's part. The private patterns are never in them.
struct ShortlistRequest {
    AwardsRequest period;
    QString district;       // empty: the province's list and every district's
    std::optional<int> top; // N for the province and for each district (the campaign's awards.shortlist otherwise)
};

class AwardsDocuments {
public:
    [[nodiscard]] static Result<ReportDocument> shortlist(Session& session, const ShortlistRequest& request,
                                                          domain::Language language);
    // One evidence sheet per nominee of the shortlist asked for, in rank order.
    [[nodiscard]] static Result<std::vector<ReportDocument>> evidence(Session& session, const ShortlistRequest& request,
                                                                      domain::Language language);
    // One volunteer's explanation (AwardsService::explainJson, or one a commune received from the hub) as a printable
    // page, printed per person.
    [[nodiscard]] static ReportDocument explanation(const QJsonObject& explained, domain::Language language);
};

} // namespace dc::core
