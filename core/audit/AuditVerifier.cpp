// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/audit/AuditVerifier.h"

#include "core/audit/Checkpoint.h"
#include "core/gateways/AuditGateway.h"

#include <QHash>
#include <QList>

namespace dc::core::audit {

namespace {

VerifyReport failAt(VerifyReport report, std::int64_t seq, const QString& problem) {
    report.firstBadSeq = seq;
    report.problem = problem;
    return report;
}

} // namespace

VerifyReport verifyChain(store::Database& db, const QString& siteUuid, const ContentCheck& contentCheck) {
    VerifyReport report;

    gateways::AuditGateway gateway(db);
    const std::vector<gateways::AuditGateway::Checkpoint> checkpoints = gateway.checkpoints();
    QHash<std::int64_t, Hash> headsNeeded;
    for (const auto& c : checkpoints) {
        headsNeeded.insert(c.size, Hash{});
    }

    Hash previous{};
    std::int64_t expectedSeq = 1;
    std::optional<VerifyReport> failed;
    gateway.forEach([&](const Event& e, bool hashesValid) {
        if (e.seq != expectedSeq) {
            failed = failAt(report, expectedSeq,
                            e.seq > expectedSeq ? QStringLiteral("event %1 is missing").arg(expectedSeq)
                                                : QStringLiteral("event %1 is out of order").arg(e.seq));
            return false;
        }
        if (!hashesValid || e.prevHash != previous) {
            failed = failAt(report, e.seq,
                            QStringLiteral("event %1 does not follow event %2 (previous hash differs): an event was "
                                           "removed, inserted or reordered")
                                .arg(e.seq)
                                .arg(e.seq - 1));
            return false;
        }
        if (eventHash(e) != e.hash) {
            failed = failAt(report, e.seq,
                            QStringLiteral("event %1 (%2) was changed after it was written").arg(e.seq).arg(e.action));
            return false;
        }
        if (e.site != siteUuid) {
            failed = failAt(report, e.seq, QStringLiteral("event %1 belongs to another site").arg(e.seq));
            return false;
        }
        if (contentCheck) {
            if (const auto problem = contentCheck(e)) {
                failed = failAt(report, e.seq, QStringLiteral("event %1 (%2): %3").arg(e.seq).arg(e.action, *problem));
                return false;
            }
        }
        if (headsNeeded.contains(e.seq)) {
            headsNeeded[e.seq] = e.hash;
        }
        previous = e.hash;
        report.events = e.seq;
        ++expectedSeq;
        return true;
    });
    if (failed) {
        return *failed;
    }

    if (checkpoints.empty()) {
        return report;
    }
    // Checkpoints are verified against every key pair the site has had: the current one and the retired ones (a
    // rotation does not make older days unverifiable). Whether the current key is the site's own is the caller's
    // question (AuditService: anchored against a supervisor's sealed copy).
    std::vector<crypto::Ed25519PublicKey> keys;
    for (const auto& row : gateway.siteKeys()) {
        keys.push_back(row.signingPublic);
    }
    if (keys.empty()) {
        return failAt(report, 0, QStringLiteral("checkpoints exist but the site has no key to verify them"));
    }
    for (const auto& c : checkpoints) {
        std::optional<CheckpointContent> content;
        for (const auto& key : keys) {
            if ((content = verifyCheckpoint(c.note, siteUuid, key))) {
                break;
            }
        }
        if (!content || content->size != c.size) {
            return failAt(report, 0, QStringLiteral("the checkpoint of event %1 has no valid signature").arg(c.size));
        }
        if (content->size > report.events) {
            return failAt(
                report, report.events + 1,
                QStringLiteral("the checkpoint of event %1 covers events that are gone (the chain ends at %2)")
                    .arg(content->size)
                    .arg(report.events));
        }
        if (headsNeeded.value(content->size) != content->head) {
            return failAt(report, content->size,
                          QStringLiteral("event %1 differs from the signed checkpoint of that day").arg(content->size));
        }
        ++report.checkpoints;
    }
    return report;
}

} // namespace dc::core::audit
