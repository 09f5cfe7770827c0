// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/AuditService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/audit/Checkpoint.h"
#include "core/audit/HighWaterMark.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/keyring/SiteKeys.h"
#include "core/platform/Files.h"
#include "core/services/CheckLog.h"
#include "core/services/RekeyService.h"
#include "core/services/ReviewService.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteKeyService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

namespace dc::core {

namespace {
// Set when an account was removed (or a password declared compromised) while the site was in use: the move to the
// next generation runs at the next day close, which signs nothing before it has.
constexpr const char* kGenerationDue = "keys.generation_due";
} // namespace

Result<AuditReport> AuditService::verify(Session& session, const std::optional<QByteArray>& externalCheckpoint) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return access::guarded([&]() -> Result<AuditReport> {
        store::Database& db = session.database();
        const auto contentCheck = [&db](const audit::Event& e) -> std::optional<QString> {
            if (!e.action.startsWith(QLatin1String("check."))) {
                return std::nullopt;
            }
            gateways::CheckGateway checks(db);
            const auto check = checks.byUuid(checkEventMember(e.details, "check"));
            if (!check) {
                return QStringLiteral("its logged check is missing from the database");
            }
            gateways::SiteGateway people(db);
            const ContentRefs refs{gateways::BookGateway(db).uuidOf(check->bookId).value_or(QString()),
                                   people.userUuid(check->readerId), people.userUuid(check->checkerId),
                                   check->supersedes ? checks.uuidOf(*check->supersedes).value_or(QString())
                                                     : QString()};
            const QString expected = checkEventMember(e.details, "content");
            if (QString::fromStdString(crypto::toHex(contentHash(*check, refs))) != expected) {
                return QStringLiteral("its logged check was changed in the database");
            }
            return std::nullopt;
        };
        AuditReport report;
        static_cast<audit::VerifyReport&>(report) = audit::verifyChain(db, session.databaseId(), contentCheck);
        const auto fail = [&report](const QString& problem) {
            if (report.problem.isEmpty()) {
                report.problem = problem;
            }
        };

        // The site's key: the database names it; only a supervisor's sealed copy can anchor it.
        gateways::AuditGateway audit(db);
        const auto current = audit.currentSiteKey();
        if (!current) {
            if (sitekeys::rotationDue(session)) {
                report.key = AuditReport::Key::Due;
                report.notices.append(QStringLiteral("the site has no key pair yet: it is made at the next sign-in"));
            } else {
                fail(QStringLiteral("the site's signing key is missing from the database"));
            }
        } else {
            report.keyFingerprint = keyring::fingerprintOf(current->signingPublic);
            const keyring::SiteKeys* held = session.siteKeys();
            if (held && held->signingPublic == current->signingPublic) {
                report.key = AuditReport::Key::Anchored;
            } else if (session.user().role == keyHolderRole(session.siteKind()) && session.siteKeyMismatch()) {
                fail(QStringLiteral("the site's signing key in the database is not the one sealed to the "
                                    "supervisors: it was changed"));
            } else {
                report.key = AuditReport::Key::NotAnchored;
                report.notices.append(QStringLiteral("key not anchored: fingerprint %1").arg(report.keyFingerprint));
            }
        }

        // The chain against its high-water mark, read again now.
        const audit::MarkRead mark = audit::readMark(session.paths().mark, session.databaseId(), session.databaseKey());
        switch (audit::compareChain(db, mark)) {
        case audit::ChainAgainstMark::NoMark:
            report.mark = AuditReport::Mark::Missing;
            report.notices.append(QStringLiteral("no high-water mark beside the database yet"));
            break;
        case audit::ChainAgainstMark::Reaches:
            report.mark = AuditReport::Mark::Reaches;
            break;
        case audit::ChainAgainstMark::Behind:
            report.mark = AuditReport::Mark::Behind;
            fail(QStringLiteral("the chain is behind its high-water mark (event %1): an older copy was restored or "
                                "saved work was lost")
                     .arg(mark.mark.seq));
            break;
        case audit::ChainAgainstMark::MarkDamaged:
            report.mark = AuditReport::Mark::Damaged;
            fail(QStringLiteral("the high-water mark is damaged: %1").arg(mark.detail));
            break;
        }

        // A checkpoint kept elsewhere: the chain must reach it, with the same head.
        if (externalCheckpoint) {
            std::optional<audit::CheckpointContent> content;
            for (const auto& row : audit.siteKeys()) {
                if ((content = audit::verifyCheckpoint(*externalCheckpoint, session.databaseId(), row.signingPublic))) {
                    break;
                }
            }
            if (!content) {
                report.checkpointMatches = false;
                fail(QStringLiteral("the checkpoint given is not a valid checkpoint of this site"));
            } else {
                const auto hash = audit.hashAt(content->size);
                report.checkpointMatches = hash && *hash == content->head;
                if (!hash) {
                    fail(QStringLiteral("the chain ends at event %1, before the checkpoint given (event %2): an older "
                                        "copy of the site")
                             .arg(audit.head().seq)
                             .arg(content->size));
                } else if (*hash != content->head) {
                    fail(QStringLiteral("event %1 differs from the checkpoint given: the history was rewritten")
                             .arg(content->size));
                }
            }
        }
        return report;
    });
}

Result<DayClosed> AuditService::closeDay(Session& session, bool deferQueue) {
    return access::guarded([&]() -> Result<DayClosed> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "close the day"); !kind) {
            return kind.error();
        }
        if (auto allowed = access::requireRole(session, Role::Supervisor, "close the day"); !allowed) {
            return allowed.error();
        }
        store::Database& db = session.database();
        // A removal made while the site was in use left its re-key for now: it runs before anything is signed.
        gateways::SettingsGateway settings(db);
        if (settings.value(QString::fromLatin1(kGenerationDue)) == QLatin1String("1")) {
            auto advanced = advanceGeneration(session);
            if (!advanced) {
                if (advanced.error().code == ErrorCode::SiteInUse) {
                    return makeError(ErrorCode::RekeyPending,
                                     QStringLiteral("the re-key after a removal waits for the site to be free"));
                }
                return advanced.error();
            }
            store::Transaction cleared(session.database());
            gateways::SettingsGateway(session.database()).set(QString::fromLatin1(kGenerationDue), QStringLiteral("0"));
            cleared.commit();
        }
        store::Database& current = session.database(); // a re-key above replaced the connection
        // Nothing is signed over a database that fails its own checks, nor over a chain behind its mark.
        const store::IntegrityReport integrity = current.checkIntegrity();
        if (!integrity.ok()) {
            return makeError(
                ErrorCode::DatabaseCorrupt,
                QStringLiteral("the database fails its integrity check; the day is not closed: %1")
                    .arg((integrity.cipherProblems + integrity.structureProblems).join(QStringLiteral("; "))));
        }
        if (session.chainState() == Session::ChainState::Behind ||
            session.chainState() == Session::ChainState::MarkDamaged) {
            return makeError(ErrorCode::ChainBehindMark,
                             QStringLiteral("the chain is behind its high-water mark; acknowledge it first"));
        }
        (void)sitekeys::rotateIfDue(session);
        const auto key = gateways::AuditGateway(current).currentSiteKey();
        if (!key) {
            return makeError(ErrorCode::SiteKeyDamaged, QStringLiteral("the site's signing key is missing"));
        }
        const keyring::SiteKeys* held = session.siteKeys();
        if (!held) {
            return makeError(ErrorCode::SiteKeyUnavailable,
                             QStringLiteral("this account holds no copy of the site's signing key"));
        }
        if (held->signingPublic != key->signingPublic) {
            return makeError(ErrorCode::SiteKeyDamaged,
                             QStringLiteral("the site's signing key in the database is not the supervisors'"));
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
        store::Transaction transaction(current);
        const QDate day = sitetime::dayOf(session.now());
        access::record(session, QStringLiteral("day.closed"), session.databaseId(),
                       {{QStringLiteral("day"), sitetime::dayKey(day)},
                        {QStringLiteral("deferredReviews"), deferQueue ? queue->pendingTotal : 0}});
        const audit::Event head = audit::head(current);
        DayClosed closed;
        closed.size = head.seq;
        closed.checkpoint = audit::signCheckpoint(session.databaseId(), head.seq, head.hash, held->signingSeed);
        gateways::AuditGateway(current).addCheckpoint({head.seq, toStoredTime(session.now()), closed.checkpoint});
        transaction.commit();
        access::raiseMark(session, true);
        return closed;
    });
}

Result<void> AuditService::saveCheckpoint(const QByteArray& checkpoint, const QString& path) {
    return access::guarded([&]() -> Result<void> { return platform::writeFileAtomically(path, checkpoint); });
}

Result<void> AuditService::acknowledgeMark(Session& session) {
    return access::guarded([&]() -> Result<void> {
        if (auto allowed = access::requireSiteAdmin(session, "acknowledge the chain"); !allowed) {
            return allowed.error();
        }
        const audit::MarkRead mark = audit::readMark(session.paths().mark, session.databaseId(), session.databaseKey());
        const auto against = audit::compareChain(session.database(), mark);
        if (against != audit::ChainAgainstMark::Behind && against != audit::ChainAgainstMark::MarkDamaged) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the chain is not behind its mark"));
        }
        const audit::Event before = audit::head(session.database());
        store::Transaction transaction(session.database());
        access::record(session, QStringLiteral("audit.acknowledged"), session.databaseId(),
                       {{QStringLiteral("mark"), against == audit::ChainAgainstMark::Behind
                                                     ? QJsonValue(static_cast<qint64>(mark.mark.seq))
                                                     : QJsonValue(QStringLiteral("damaged"))},
                        {QStringLiteral("head"), static_cast<qint64>(before.seq)}});
        transaction.commit();
        session.setChainState(Session::ChainState::NoMark);
        access::raiseMark(session, true);
        return {};
    });
}

} // namespace dc::core
