// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The judging's facts as the hub reads them (EvaluationGateway::hubFacts, read before every import's commit): each work
// session's events come together and in time, whatever order the bundles brought them in and whichever site a session
// belongs to, so that a volunteer's working time at the hub is what their commune counts.
#include "core/evaluation/Facts.h"
#include "core/gateways/EvaluationGateway.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "crypto/Random.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <set>

using dc::core::store::Database;

namespace {

TEST(HubFactsTest, EachSessionsEventsComeTogetherInTimeAndCountTheClosedStretches) {
    QTemporaryDir dir;
    Database db =
        Database::open(dir.filePath(QStringLiteral("hub.db")), dc::crypto::randomSecret(32), Database::Mode::Create);
    dc::core::store::migrate(db);
    // Two communes' pairs working at overlapping times. Site "s-a" holds the session whose UUID sorts last, so that
    // neither the sites' nor the sessions' order lines the events up by chance. Its pause and resume share an instant:
    // the UUID (the order the workstation made them) decides, pause first; the other order would close the stretch at
    // the pause and lose the second one. The rows are inserted out of order, as bundles of several days may bring them.
    db.exec(R"sql(
INSERT INTO hub_users (uuid, site_uuid, user_name, display_name, role, active, created_at) VALUES
    ('u-lan', 's-a', 'lan', 'Trần Thị Lan', 'volunteer', 1, '2022-11-01T00:00:00Z'),
    ('u-minh', 's-a', 'minh', 'Lê Văn Minh', 'volunteer', 1, '2022-11-01T00:00:00Z'),
    ('u-hoa', 's-b', 'hoa', 'Phạm Thị Hoa', 'volunteer', 1, '2022-11-01T00:00:00Z'),
    ('u-tuan', 's-b', 'tuan', 'Võ Anh Tuấn', 'volunteer', 1, '2022-11-01T00:00:00Z');
INSERT INTO hub_work_sessions (uuid, site_uuid, first_user, second_user, started_at) VALUES
    ('z-9', 's-a', 'u-minh', 'u-lan', '2022-12-01T01:00:00Z'),
    ('a-1', 's-b', 'u-hoa', 'u-tuan', '2022-12-01T01:30:00Z');
INSERT INTO hub_work_session_events (uuid, session_uuid, kind, reader, at) VALUES
    ('e5', 'z-9', 'end', 'u-lan', '2022-12-01T03:00:00Z'),
    ('f2', 'a-1', 'end', 'u-hoa', '2022-12-01T02:30:00Z'),
    ('e3', 'z-9', 'resume', 'u-lan', '2022-12-01T02:00:00Z'),
    ('e1', 'z-9', 'start', 'u-minh', '2022-12-01T01:00:00Z'),
    ('f1', 'a-1', 'start', 'u-hoa', '2022-12-01T01:30:00Z'),
    ('e2', 'z-9', 'pause', 'u-lan', '2022-12-01T02:00:00Z');
)sql");
    const dc::core::evaluation::Facts facts = dc::core::gateways::EvaluationGateway(db).hubFacts({}, {});

    ASSERT_EQ(facts.sessionEvents.size(), 6U);
    std::map<QString, QStringList> kinds; // by session, in the order read
    std::set<QString> finished;           // sessions whose run of events has ended
    QString previous;
    for (const auto& e : facts.sessionEvents) {
        if (e.session != previous && !previous.isEmpty()) {
            finished.insert(previous);
        }
        EXPECT_FALSE(finished.contains(e.session)) << "the events of " << e.session.toStdString() << " are split";
        previous = e.session;
        kinds[e.session].append(e.kind);
        EXPECT_EQ(e.site.toStdString(), e.session == QLatin1String("z-9") ? "s-a" : "s-b");
        EXPECT_LT(e.first, e.second); // the pair as the judging keys it
    }
    EXPECT_EQ(kinds[QStringLiteral("z-9")].join(QLatin1Char(' ')).toStdString(), "start pause resume end");
    EXPECT_EQ(kinds[QStringLiteral("a-1")].join(QLatin1Char(' ')).toStdString(), "start end");

    // The working time each volunteer is judged on: two hours for Lan and Minh (01–02 and 02–03), one for Hoa and Tuấn.
    const dc::core::evaluation::Assembled out = dc::core::evaluation::assemble(facts);
    std::map<QString, std::int64_t> seconds;
    for (const auto& v : out.volunteers) {
        seconds[v.userName] = v.metrics.workingSeconds;
    }
    EXPECT_EQ(seconds[QStringLiteral("lan")], 7200);
    EXPECT_EQ(seconds[QStringLiteral("minh")], 7200);
    EXPECT_EQ(seconds[QStringLiteral("hoa")], 3600);
    EXPECT_EQ(seconds[QStringLiteral("tuan")], 3600);
}

} // namespace
