// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dc::core {

// One bundle file written by an export.
struct ExportedBundle {
    QString file; // the full path
    qint64 sequence = 0;
    qint64 firstEvent = 0;
    qint64 lastEvent = 0;
    qint64 checks = 0;
};

// What the province holds of this workstation, as its newest receipt says.
struct DeliveryStatus {
    bool acknowledged = false; // a receipt was recorded
    qint64 sequence = 0;       // the newest bundle the hub applied
    qint64 lastEvent = 0;      // the hub holds the chain up to this event
    QString lastEventAt;       // its time (stored UTC)
    qint64 entries = 0;        // entries the hub counts for this commune
    QString issuedAt;          // when the hub wrote the receipt
    qint64 exported = 0;       // the newest sequence exported here (0: none)
    // The site day (UTC+7) the province's copy reaches: that of lastEventAt, or of issuedAt when the event is not held
    // here any more — "the province has everything up to <day>". Invalid without a receipt.
    QDate day;
};

struct RecordedReceipt {
    qint64 sequence = 0;
    qint64 lastEvent = 0;
    qint64 entries = 0;
    int decisions = 0;    // district decisions newly recorded
    int explanations = 0; // the hub's explanations of the site's volunteers stored (issue 15)
    bool alreadyRecorded = false;
};

// The workstation's side of the exchange (docs/HUB.md "Bundles", "Receipts"): a commune supervisor exports
// bundles sealed to the pinned hub and records the hub's receipts.
class BundleService {
public:
    // The largest payload of one bundle, as JSON before it is compressed (docs/HUB.md: 256 MiB); a larger export is
    // split.
    static constexpr std::int64_t kMaxPayloadBytes = 256LL * 1024 * 1024;

    // Writes every event after the one the hub acknowledged, and the rows after the acknowledged export's watermarks,
    // with a fresh signed checkpoint of the head, into `outputDir` (one file, or several of consecutive sequence
    // numbers when the payload exceeds `maxPayloadBytes`). Commune site, supervisor, enrolled.
    [[nodiscard]] static Result<std::vector<ExportedBundle>>
    exportBundle(Session& session, const QString& outputDir, std::int64_t maxPayloadBytes = kMaxPayloadBytes);

    // Verifies a receipt against the pinned hub key, opens it with the site's key and records it with the district
    // decisions it carries. FileRefused (detail starts with the reason) for a receipt that is not this site's.
    [[nodiscard]] static Result<RecordedReceipt> recordReceipt(Session& session, const QString& path);

    [[nodiscard]] static Result<DeliveryStatus> deliveryStatus(Session& session);

    // The ASCII slug of a place name: tone marks folded, đ → d, lower case, runs of anything else one '-'.
    [[nodiscard]] static QString slug(const QString& name);

    // How a bundle's file name writes its day: the CLI's export writes the ISO date ("2022-11-03", which sorts in a
    // folder listing); the GUI proposes the day first ("03-11-2022", as the reports' file names and the office write
    // dates).
    enum class NameDate { Iso, DayFirst };
    // The one rule of a bundle's file name: "<district>-<commune>-<day>-<sequence>.bundle", the places as slugs, the
    // sequence in at least four digits: "dau-tieng-thanh-an-2022-11-03-0004.bundle".
    [[nodiscard]] static QString bundleFileName(const QString& district, const QString& commune, const QDate& day,
                                                qint64 sequence, NameDate style);
    // The name the next export's first bundle takes (the newest exported sequence + 1, the site day now), for the
    // GUI's file dialog. The same refusals as exportBundle (a commune supervisor holding the keys, enrolled).
    [[nodiscard]] static Result<QString> nextBundleFileName(Session& session, NameDate style);
};

} // namespace dc::core
