// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/audit/AuditVerifier.h"

#include "core/audit/Checkpoint.h"
#include "core/store/Database.h"

#include <QHash>
#include <QList>

namespace dc::core::audit {

namespace {

Hash toHash(const std::vector<std::uint8_t>& blob, bool& ok) {
    Hash h{};
    ok = blob.size() == h.size();
    if (ok) {
        std::copy(blob.begin(), blob.end(), h.begin());
    }
    return h;
}

VerifyReport failAt(VerifyReport report, std::int64_t seq, const QString& problem) {
    report.firstBadSeq = seq;
    report.problem = problem;
    return report;
}

} // namespace

VerifyReport verifyChain(store::Database& db, const QString& siteUuid, const ContentCheck& contentCheck) {
    VerifyReport report;

    struct Stored {
        std::int64_t size;
        QByteArray note;
    };
    QList<Stored> checkpoints;
    {
        auto s = db.prepare("SELECT size, note FROM checkpoints ORDER BY id");
        while (s.step()) {
            checkpoints.append({s.int64(0), s.text(1).toUtf8()});
        }
    }
    QHash<std::int64_t, Hash> headsNeeded;
    for (const Stored& c : checkpoints) {
        headsNeeded.insert(c.size, Hash{});
    }

    auto s = db.prepare("SELECT seq, at, site_uuid, actors, action, subject, details, prev_hash, hash "
                        "FROM audit_events ORDER BY seq");
    Hash previous{};
    std::int64_t expectedSeq = 1;
    while (s.step()) {
        Event e{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), {}, {}};
        bool prevOk = false;
        bool hashOk = false;
        e.prevHash = toHash(s.blob(7), prevOk);
        e.hash = toHash(s.blob(8), hashOk);
        if (e.seq != expectedSeq) {
            return failAt(report, expectedSeq,
                          e.seq > expectedSeq ? QStringLiteral("event %1 is missing").arg(expectedSeq)
                                              : QStringLiteral("event %1 is out of order").arg(e.seq));
        }
        if (!prevOk || !hashOk || e.prevHash != previous) {
            return failAt(report, e.seq,
                          QStringLiteral("event %1 does not follow event %2 (previous hash differs): an event was "
                                         "removed, inserted or reordered")
                              .arg(e.seq)
                              .arg(e.seq - 1));
        }
        if (eventHash(e) != e.hash) {
            return failAt(report, e.seq,
                          QStringLiteral("event %1 (%2) was changed after it was written").arg(e.seq).arg(e.action));
        }
        if (e.site != siteUuid) {
            return failAt(report, e.seq, QStringLiteral("event %1 belongs to another site").arg(e.seq));
        }
        if (contentCheck) {
            if (const auto problem = contentCheck(e)) {
                return failAt(report, e.seq, QStringLiteral("event %1 (%2): %3").arg(e.seq).arg(e.action, *problem));
            }
        }
        if (headsNeeded.contains(e.seq)) {
            headsNeeded[e.seq] = e.hash;
        }
        previous = e.hash;
        report.events = e.seq;
        ++expectedSeq;
    }

    if (checkpoints.isEmpty()) {
        return report;
    }
    const auto key = sitePublicKey(db);
    if (!key) {
        return failAt(report, 0, QStringLiteral("checkpoints exist but the site key is missing"));
    }
    for (const Stored& c : checkpoints) {
        const auto content = verifyCheckpoint(c.note, siteUuid, *key);
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
