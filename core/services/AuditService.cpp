// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/AuditService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/audit/Checkpoint.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/services/ReviewService.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

#include <QJsonDocument>

namespace dc::core {

Result<audit::VerifyReport> AuditService::verify(Session& session) {
    return access::guarded([&]() -> Result<audit::VerifyReport> {
        store::Database& db = session.database();
        const auto contentCheck = [&db](const audit::Event& e) -> std::optional<QString> {
            if (!e.action.startsWith(QLatin1String("check."))) {
                return std::nullopt;
            }
            const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
            gateways::CheckGateway checks(db);
            const auto check = checks.byUuid(details.value(QStringLiteral("check")).toString());
            if (!check) {
                return QStringLiteral("its logged check is missing from the database");
            }
            gateways::SiteGateway people(db);
            const ContentRefs refs{gateways::BookGateway(db).uuidOf(check->bookId).value_or(QString()),
                                   people.userUuid(check->readerId), people.userUuid(check->checkerId),
                                   check->supersedes ? checks.uuidOf(*check->supersedes).value_or(QString())
                                                     : QString()};
            const QString expected = details.value(QStringLiteral("content")).toString();
            if (QString::fromStdString(crypto::toHex(contentHash(*check, refs))) != expected) {
                return QStringLiteral("its logged check was changed in the database");
            }
            return std::nullopt;
        };
        return audit::verifyChain(db, session.databaseId(), contentCheck);
    });
}

Result<DayClosed> AuditService::closeDay(Session& session, bool deferQueue) {
    return access::guarded([&]() -> Result<DayClosed> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "close the day"); !allowed) {
            return allowed.error();
        }
        ReviewFilter pending;
        pending.limit = 1;
        auto queue = ReviewService::queue(session, pending);
        if (!queue) {
            return queue.error();
        }
        if (queue->pendingTotal > 0 && !deferQueue) {
            return makeError(ErrorCode::QueueNotEmpty,
                             QStringLiteral("%1 item(s) still wait for review").arg(queue->pendingTotal));
        }
        store::Database& db = session.database();
        store::Transaction transaction(db);
        (void)audit::ensureSiteKey(db, session.now());
        const QDate day = sitetime::dayOf(session.now());
        access::record(session, QStringLiteral("day.closed"), session.databaseId(),
                       {{QStringLiteral("day"), sitetime::dayKey(day)},
                        {QStringLiteral("deferredReviews"), deferQueue ? queue->pendingTotal : 0}});
        const audit::Event head = audit::head(db);
        DayClosed closed;
        closed.size = head.seq;
        closed.checkpoint = audit::signCheckpoint(session.databaseId(), head.seq, head.hash, audit::siteSeed(db));
        gateways::AuditGateway(db).addCheckpoint({head.seq, toStoredTime(session.now()), closed.checkpoint});
        transaction.commit();
        return closed;
    });
}

} // namespace dc::core
