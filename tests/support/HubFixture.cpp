// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/support/HubFixture.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/campaign/Campaign.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "crypto/SecureBuffer.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <exception>
#include <iterator>
#include <tuple>
#include <vector>

namespace dc::test {

namespace {

QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The office's accounts are added as supervisors of the commune site the fixture starts from (so each gets the site's
// keys, as a province account of a real hub does), and only then given their hub roles: an account added while another
// already had its hub role would take that one's keys away (sitekeys::distribute keeps them for the commune's key
// holders, the supervisors, only). The district account's copy goes at the province account's first sign-in, when
// distribute runs again with the hub's key holders, the province accounts.
bool addOffice(core::Session& supervisor, const char* name, const char* display, const char* password) {
    core::NewAccount account{QString::fromLatin1(name), QString::fromUtf8(display), core::Role::Supervisor,
                             crypto::SecureBuffer::copyOf(std::string_view(password))};
    return core::UserService::addUser(supervisor, account).ok();
}

void giveHubRole(core::Session& supervisor, const char* name, const char* role, const QString& district) {
    auto s = supervisor.database().prepare("UPDATE users SET role = ?1, district = ?2 WHERE user_name = ?3");
    s.bind(1, role).bind(2, district).bind(3, QString::fromLatin1(name));
    s.run();
}

} // namespace

bool makeHub(core::Session& supervisor, const QDateTime& now, int days) {
    try {
        if (!addOffice(supervisor, HubAccounts::kProvince, HubAccounts::kProvinceDisplayName,
                       HubAccounts::kProvincePassword) ||
            !addOffice(supervisor, HubAccounts::kDistrict, HubAccounts::kDistrictDisplayName,
                       HubAccounts::kDistrictPassword)) {
            return false;
        }
        giveHubRole(supervisor, HubAccounts::kProvince, "province", QString());
        giveHubRole(supervisor, HubAccounts::kDistrict, "district", QString::fromUtf8(HubAccounts::kDistrictName));
        core::store::Database& db = supervisor.database();
        core::store::Transaction transaction(db);
        db.exec("UPDATE site SET kind = 'hub', name = 'Tỉnh Đoàn Bình Dương'");
        QRandomGenerator random(20221201);
        const QDate today = core::sitetime::dayOf(now);
        const QDate first = today.addDays(-days);
        int index = 0;
        for (const core::campaign::Commune& c : core::campaign::builtInCampaign().communes) {
            ++index;
            const QString& district = c.district;
            const QString& commune = c.name;
            const bool drill = commune == QString::fromUtf8(HubAccounts::kDrillCommune) &&
                               district == QString::fromUtf8(HubAccounts::kDistrictName);
            if (index % 23 == 0 && !drill) {
                continue; // a few communes are not enrolled yet
            }
            const QString site = uuid();
            {
                auto s = db.prepare("INSERT INTO hub_sites (site_uuid, epoch, district, commune, site_name, "
                                    "signing_public, box_public, key_id, fingerprint, status, enrolled_by, "
                                    "enrolled_at) VALUES (?1, 1, ?2, ?3, ?4, randomblob(32), randomblob(32), 'k1', "
                                    "'0000', 'current', 'vanphong', ?5)");
                s.bind(1, site).bind(2, district).bind(3, commune);
                s.bind(4, QStringLiteral("UBND %1 %2").arg(c.kind, commune));
                s.bind(5, core::toStoredTime(core::sitetime::dayStart(first.addDays(-2))));
                s.run();
            }
            // Late communes stopped sending some days ago; a new one started late.
            const int lateBy = index % 17 == 0 ? 3 : (index % 11 == 0 ? 1 : 0);
            const int startAt = index % 13 == 0 ? 2 : 0;
            std::int64_t entries = 0;
            std::int64_t corrected = 0;
            std::int64_t corrections = 0;
            std::int64_t writing = 0;
            int sequence = 0;
            struct Day {
                QString day;
                int logged = 0;
                int fixes = 0;
                int diffs = 0;
            };
            std::vector<Day> worked; // for the report summaries, once the books are there
            for (int d = startAt; d < days - lateBy; ++d) {
                const QDate day = first.addDays(d);
                const int logged = drill ? 380 + d * 7 : 230 + static_cast<int>(random.bounded(220));
                const int fixed = logged / 9 + static_cast<int>(random.bounded(12));
                const int fixes = fixed + fixed / 3;
                const int diffs = fixes / 4;
                auto s = db.prepare("INSERT INTO hub_daily (site_uuid, day, record_type, first_user, second_user, "
                                    "logged, corrected, escalated, corrections, writing_differences) VALUES (?1, ?2, "
                                    "'birth', 'u1', 'u2', ?3, ?4, ?5, ?6, ?7)");
                s.bind(1, site).bind(2, core::sitetime::dayKey(day)).bind(3, logged).bind(4, fixed);
                s.bind(5, logged / 150).bind(6, fixes).bind(7, diffs);
                s.run();
                worked.push_back({core::sitetime::dayKey(day), logged, fixes, diffs});
                entries += logged;
                corrected += fixed;
                corrections += fixes;
                writing += diffs;
                ++sequence;
                // The bundle of the day, carried to the hub the next morning (08:00 in Vietnam).
                auto b = db.prepare("INSERT INTO hub_bundles (bundle_id, site_uuid, epoch, sequence, first_event, "
                                    "last_event, checks, status, received_at, applied_at) VALUES (?1, ?2, 1, ?3, ?4, "
                                    "?5, ?6, 'imported', ?7, ?7)");
                const QString at = core::toStoredTime(core::sitetime::dayStart(day.addDays(1)).addSecs(8 * 3600));
                b.bind(1, uuid()).bind(2, site).bind(3, sequence).bind(4, sequence * 1000 - 999);
                b.bind(5, sequence * 1000).bind(6, logged).bind(7, at);
                b.run();
            }
            auto t = db.prepare("INSERT INTO hub_site_totals (site_uuid, entries, checks, corrected, corrections, "
                                "writing_differences, escalations_open, last_import) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                "?7, ?8)");
            t.bind(1, site).bind(2, entries).bind(3, entries + entries / 50).bind(4, corrected).bind(5, corrections);
            t.bind(6, writing).bind(7, static_cast<int>(random.bounded(7)));
            t.bind(8, core::toStoredTime(now));
            t.run();

            // Books: a birth book with what was logged, a closed death book.
            const QString birth = uuid();
            const QString death = uuid();
            for (const auto& [book, type, number, from, last, status] :
                 {std::tuple{birth, "birth", "01", 1998, 900, "open"},
                  std::tuple{death, "death", "02", 2010, 120, "closed"}}) {
                auto s = db.prepare("INSERT INTO hub_books (uuid, site_uuid, district, commune, record_type, "
                                    "book_number, year_from, year_to, first_entry, last_entry, status, created_at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 1, ?8, ?9, ?10)");
                s.bind(1, book).bind(2, site).bind(3, district).bind(4, commune).bind(5, type).bind(6, number);
                s.bind(7, from).bind(8, last).bind(9, status).bind(10, core::toStoredTime(now));
                s.run();
            }
            // The report summaries (schema 8) of the same days: the birth book, a pair of volunteers, the corrections
            // as spelling and writing differences (diacritics).
            for (const auto& [user, name, display] :
                 {std::tuple{site + QStringLiteral("-u1"), "lan", "Nguyễn Thị Lan"},
                  std::tuple{site + QStringLiteral("-u2"), "minh", "Lê Văn Minh"}}) {
                auto u = db.prepare("INSERT INTO hub_users (uuid, site_uuid, user_name, display_name, role, active, "
                                    "created_at) VALUES (?1, ?2, ?3, ?4, 'volunteer', 1, ?5)");
                u.bind(1, user).bind(2, site).bind(3, QString::fromUtf8(name)).bind(4, QString::fromUtf8(display));
                u.bind(5, core::toStoredTime(now));
                u.run();
            }
            for (const Day& w : worked) {
                auto b = db.prepare("INSERT INTO hub_daily_books (site_uuid, day, book_uuid, logged) VALUES (?1, ?2, "
                                    "?3, ?4)");
                b.bind(1, site).bind(2, w.day).bind(3, birth).bind(4, w.logged);
                b.run();
                for (const auto& [cls, writingDifference, count] :
                     {std::tuple{"spelling", 0, w.fixes - w.diffs}, std::tuple{"diacritic", 1, w.diffs}}) {
                    auto c = db.prepare("INSERT INTO hub_daily_corrections (site_uuid, day, record_type, field_key, "
                                        "class, writing_difference, count) VALUES (?1, ?2, 'birth', "
                                        "'subject.full_name', ?3, ?4, ?5)");
                    c.bind(1, site).bind(2, w.day).bind(3, QString::fromLatin1(cls)).bind(4, writingDifference);
                    c.bind(5, count);
                    c.run();
                }
                auto p = db.prepare("INSERT INTO hub_daily_people (site_uuid, day, user_uuid, read, checked, "
                                    "corrections, rechecks, returns) VALUES (?1, ?2, ?3 || '-u1', ?4, 0, 0, 1, 0), "
                                    "(?1, ?2, ?3 || '-u2', 0, ?4, ?5, 1, 0)");
                p.bind(1, site).bind(2, w.day).bind(3, site).bind(4, w.logged).bind(5, w.fixes - w.diffs);
                p.run();
            }
            if (drill) {
                for (const auto& [book, count] : {std::pair{birth, 820}, std::pair{death, 120}}) {
                    auto s = db.prepare(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2) "
                        "INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, first_check, outcome) "
                        "SELECT unhex(replace(?1, '-', '')), i, unhex(printf('%032x', i)), unhex(printf('%032x', i)), "
                        "CASE WHEN i % 97 = 0 THEN 'escalated' "
                        "WHEN i % 8 = 0 THEN 'corrected' ELSE 'match' END FROM n");
                    s.bind(1, book).bind(2, count);
                    s.run();
                }
            }
            // The error map's summaries (schema 22), as the import keeps them: the birth book's entries (1990s) by
            // current outcome, and the fields found wrong with their classes; a few death entries (2010s). Figures
            // follow the site's counts and its index (no draw from `random`: the rest of the fixture stays as it was).
            {
                const std::int64_t escalated = entries / 150;
                const std::int64_t matches = std::max<std::int64_t>(0, entries - corrected - escalated);
                const int i = index;
                auto e = db.prepare("INSERT INTO hub_map_entries (site_uuid, record_type, decade, schema_version, "
                                    "outcome, entries, writing_differences) VALUES (?1, 'birth', 1990, 'birth/1', "
                                    "'match', ?2, 0), (?1, 'birth', 1990, 'birth/1', 'corrected', ?3, ?4), (?1, "
                                    "'birth', 1990, 'birth/1', 'escalated', ?5, 0), (?1, 'birth', 1990, 'birth/1', "
                                    "'missing_entered_new', ?6, 0), (?1, 'birth', 1990, 'birth/1', "
                                    "'duplicate_in_database', ?7, 0), (?1, 'death', 2010, 'death/1', 'match', ?8, 0), "
                                    "(?1, 'death', 2010, 'death/1', 'corrected', ?9, 1)");
                e.bind(1, site).bind(2, matches).bind(3, corrected).bind(4, writing).bind(5, escalated);
                e.bind(6, 3 + i % 5).bind(7, i % 3).bind(8, 100 + i).bind(9, 10 + i % 7);
                e.run();
                const std::int64_t names = corrected * 6 / 10;
                const std::int64_t dates = corrected * 3 / 10 + i % 4;
                const std::int64_t fathers = corrected / 10 + i % 3;
                const std::int64_t deaths = 5 + i % 5;
                for (const auto& [type, decade, field, cls, n] :
                     {std::tuple{"birth", 1990, "subject.full_name", "", names},
                      std::tuple{"birth", 1990, "subject.full_name", "spelling", names},
                      std::tuple{"birth", 1990, "subject.birth_date", "", dates},
                      std::tuple{"birth", 1990, "subject.birth_date", "date_day_month_swap", dates / 2 + 1},
                      std::tuple{"birth", 1990, "subject.birth_date", "date_other", dates - dates / 2},
                      std::tuple{"birth", 1990, "father.full_name", "", fathers},
                      std::tuple{"birth", 1990, "father.full_name", "diacritic", fathers},
                      std::tuple{"death", 2010, "subject.death_date", "", deaths},
                      std::tuple{"death", 2010, "subject.death_date", "date_other", deaths}}) {
                    auto k = db.prepare("INSERT INTO hub_map_corrected (site_uuid, record_type, decade, field_key, "
                                        "class, entries) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
                    k.bind(1, site).bind(2, type).bind(3, decade).bind(4, field).bind(5, cls).bind(6, n);
                    k.run();
                }
            }
            // Alarms: the office's business.
            const auto alarm = [&](const char* kind, const QString& message, int hoursAgo, bool cleared) {
                auto s = db.prepare("INSERT INTO hub_alarms (site_uuid, kind, bundle_id, message, at, cleared_at) "
                                    "VALUES (?1, ?2, '', ?3, ?4, ?5)");
                const QString at = core::toStoredTime(now.addSecs(-3600LL * hoursAgo));
                s.bind(1, site).bind(2, kind).bind(3, message).bind(4, at);
                if (cleared) {
                    s.bind(5, at);
                } else {
                    s.bindNull(5);
                }
                s.run();
            };
            if (drill) {
                alarm("held", QStringLiteral("bundle %1 waits for bundle %2").arg(sequence + 2).arg(sequence + 1), 5,
                      false);
                alarm("conflict", QStringLiteral("check of entry 412 arrived with different content"), 30, false);
                alarm("fork", QStringLiteral("two bundles numbered 2"), 90, true);
            } else if (index == 40) {
                alarm("rollback", QStringLiteral("event 1204 differs from the chain the hub holds"), 20, false);
            } else if (index == 60) {
                alarm("fork", QStringLiteral("two bundles numbered %1").arg(sequence), 10, false);
            }
        }
        transaction.commit();
        return true;
    } catch (const std::exception& error) {
        qWarning("makeHub: %s", error.what());
        return false;
    }
}

bool addAwardsWork(core::Session& hub) {
    try {
        core::store::Database& db = hub.database();
        core::store::Transaction transaction(db);
        db.exec("INSERT INTO hub_daily_work (site_uuid, day, book_uuid, first_user, second_user, logged, matches, "
                "corrections, writing_differences, escalations) SELECT d.site_uuid, d.day, b.uuid, d.site_uuid || "
                "'-u1', d.site_uuid || '-u2', d.logged, d.logged - d.corrected - d.escalated, d.corrections - "
                "d.writing_differences, d.writing_differences, d.escalated FROM hub_daily d JOIN hub_books b ON "
                "b.site_uuid = d.site_uuid AND b.record_type = 'birth'");
        // One commune's pair voids and amends a lot (the private pattern "voids_amendments").
        {
            auto v = db.prepare("UPDATE hub_daily_work SET voids = logged / 12, amendments = 3 WHERE site_uuid IN "
                                "(SELECT site_uuid FROM hub_sites WHERE district = ?1 AND commune = ?2)");
            v.bind(1, QString::fromUtf8(HubAccounts::kDistrictName))
                .bind(2, QString::fromUtf8(HubAccounts::kDrillCommune));
            v.run();
        }
        // Names of their own, so that a list of volunteers reads as one (fictional, as every name of the fixtures).
        const char* families[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"};
        const char* middles[] = {"Thị", "Văn", "Minh", "Ngọc", "Hoàng", "Thanh", "Quốc"};
        const char* givens[] = {"An",  "Bình", "Châu",  "Dũng", "Giang", "Hà",   "Khánh", "Lan", "Mai",
                                "Nam", "Phúc", "Quyên", "Sơn",  "Thảo",  "Uyên", "Vy",    "Yến"};
        std::vector<QString> users;
        {
            auto s = db.prepare("SELECT uuid FROM hub_users WHERE role = 'volunteer' ORDER BY uuid");
            while (s.step()) {
                users.push_back(s.text(0));
            }
        }
        for (std::size_t i = 0; i < users.size(); ++i) {
            const QString name = QStringLiteral("%1 %2 %3")
                                     .arg(QString::fromUtf8(families[i % std::size(families)]),
                                          QString::fromUtf8(middles[(i / 3) % std::size(middles)]),
                                          QString::fromUtf8(givens[(i * 7) % std::size(givens)]));
            auto u = db.prepare("UPDATE hub_users SET display_name = ?1 WHERE uuid = ?2");
            u.bind(1, name).bind(2, users[i]);
            u.run();
        }
        struct Day {
            QString site;
            QString day;
            std::int64_t logged = 0;
        };
        std::vector<Day> days;
        {
            auto s = db.prepare("SELECT site_uuid, day, logged FROM hub_daily ORDER BY site_uuid, day");
            while (s.step()) {
                days.push_back({s.text(0), s.text(1), s.int64(2)});
            }
        }
        QRandomGenerator random(20221215);
        QString site;
        int secondsPerEntry = 0;
        int missesEvery = 0; // a miss every this many days; 0: none
        int sites = 0;
        for (const Day& d : days) {
            if (d.site != site) {
                site = d.site;
                ++sites;
                secondsPerEntry = 40 + static_cast<int>(random.bounded(50));
                missesEvery = sites % 9 == 0 ? 1 : (sites % 4 == 0 ? 3 : 0);
            }
            const QString first = site + QStringLiteral("-u1");
            const QString second = site + QStringLiteral("-u2");
            const QDateTime start = core::sitetime::dayStart(QDate::fromString(d.day, Qt::ISODate)).addSecs(8 * 3600);
            const qint64 working = d.logged * secondsPerEntry;
            const QString session = uuid();
            auto s = db.prepare("INSERT INTO hub_work_sessions (uuid, site_uuid, first_user, second_user, started_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
            s.bind(1, session).bind(2, site).bind(3, first).bind(4, second).bind(5, core::toStoredTime(start));
            s.run();
            // Half the day's work, a 20-minute pause (not working time), the other half.
            for (const auto& [kind, at] : {std::pair{"start", start}, std::pair{"pause", start.addSecs(working / 2)},
                                           std::pair{"resume", start.addSecs(working / 2 + 1200)},
                                           std::pair{"end", start.addSecs(working + 1200)}}) {
                auto e = db.prepare("INSERT INTO hub_work_session_events (uuid, session_uuid, kind, reader, at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5)");
                e.bind(1, uuid()).bind(2, session).bind(3, kind).bind(4, first).bind(5, core::toStoredTime(at));
                e.run();
            }
            const int day = static_cast<int>(random.bounded(100));
            auto p =
                db.prepare("INSERT INTO hub_daily_spots (site_uuid, day, first_user, second_user, reader, checker, "
                           "sampled, missed) VALUES (?1, ?2, ?3, ?4, ?3, ?4, ?5, ?6)");
            p.bind(1, site).bind(2, d.day).bind(3, first).bind(4, second).bind(5, d.logged / 60);
            p.bind(6, missesEvery > 0 && day % missesEvery == 0 ? 1 : 0);
            p.run();
        }
        transaction.commit();
        return true;
    } catch (const std::exception& error) {
        qWarning("addAwardsWork: %s", error.what());
        return false;
    }
}

} // namespace dc::test
