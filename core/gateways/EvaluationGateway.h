// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/evaluation/Facts.h"

#include <QString>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The reads of the evaluation (issue 15; core/evaluation/README.md "Facts"): the logged facts as evaluation::Facts,
// over a range of ISO site days (inclusive; empty: unbounded). At a hub, from the summaries HubGateway keeps at import
// (`hub_daily_work`, `hub_daily_people`, `hub_daily_spots`), the review events and the work sessions, and the persons
// and registrations the accounts are linked to. At a commune site, the same facts from its own log (a site holds tens
// of thousands of checks, not millions). A projection of tables other gateways write. Functions throw
// store::StoreError.
class EvaluationGateway {
public:
    explicit EvaluationGateway(store::Database& db) : m_db(db) {}

    [[nodiscard]] evaluation::Facts hubFacts(const QString& fromDay, const QString& toDay);
    [[nodiscard]] evaluation::Facts siteFacts(const QString& fromDay, const QString& toDay);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
