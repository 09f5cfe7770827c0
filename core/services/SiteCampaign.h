// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/campaign/Campaign.h"

#include <QByteArray>
#include <QString>

#include <QDate>

#include <optional>

namespace dc::core {

class Session;

namespace store {
class Database;
}

// The campaign a site runs (docs/CAMPAIGN.md, "Which campaign a site runs"): the file given to
// `init --kind hub --campaign FILE`, whose bytes the hub keeps in its encrypted database (site_settings
// "campaign.file", base64), or the built-in Bình Dương 2022 campaign when the site holds none.

// The settings key the file's bytes are kept under.
inline constexpr const char* kCampaignFileSetting = "campaign.file";

// The campaign the session's site runs, read once per session and cached in it (Session::cachedCampaign). Every
// service that needs the geography, units, dates or cutoff asks this, never builtInCampaign(). A stored file that
// the loader no longer accepts (damaged, or written by a newer program) throws: the calling service's
// access::guarded turns it into an error, never a silent fall-back to the built-in campaign.
[[nodiscard]] const campaign::Campaign& campaignOf(const Session& session);

// The same, for the GUI: the error (never a throw) when the site's stored file cannot be read.
[[nodiscard]] Result<const campaign::Campaign*> sessionCampaign(const Session& session);

// A workstation runs the built-in campaign's rules, but the scope of its entries is its hub's: `enroll finish` keeps
// the cutoff the hub's welcome carries (its campaign's scope.entryCutoff) under this key, and the entry rules use it.
inline constexpr const char* kEnrolledEntryCutoffSetting = "campaign.entry_cutoff";
// The entry cutoff the site's hub sent at enrollment (nullopt: not enrolled, or a welcome without one).
[[nodiscard]] std::optional<QDate> enrolledEntryCutoff(const Session& session);

// Which campaign a site runs, as `campaign show` prints it.
struct SiteCampaignInfo {
    QString name;     // "Bình Dương 2022"
    QString province; // "Bình Dương"
    int format = 0;
    QString sha256; // lower-case hex of the file's bytes (the built-in file's when builtIn)
    bool builtIn = true;
    int districts = 0;
    int communes = 0;
    int units = 0;
};
// Any signed-in account of the site may ask (the campaign is not citizen data).
[[nodiscard]] Result<SiteCampaignInfo> siteCampaign(const Session& session);

namespace sitecampaign {
// For SiteSetup: keeps `bytes` (already accepted by campaign::parseCampaign) as the site's campaign, in the caller's
// transaction.
void store(store::Database& database, const QByteArray& bytes);
// Lower-case hex SHA-256 of a campaign file's bytes (as `campaign show` prints it and `sha256sum` does).
[[nodiscard]] QString sha256Hex(const QByteArray& bytes);
} // namespace sitecampaign

} // namespace dc::core
