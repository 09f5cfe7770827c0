// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/RosterService.h"
#include "core/services/SignIn.h"
#include "tests/cli/CliRunner.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace dc::test;

namespace {

// `roster apply` and `user activate` end to end: a hub and a commune made with `init` and enrolled with `enroll`, a
// package built at the hub through the core builder (the hub's command comes with the allocation), then the
// workstation's commands with passwords and codes on standard input, in the documented order.
TEST(RosterCliTest, ApplyThenActivateWithTheCodeThenSignIn) {
    QTemporaryDir dir;
    const QString hub = dir.filePath(QStringLiteral("hub.db"));
    const QString xa = dir.filePath(QStringLiteral("xa.db"));
    const auto path = [&dir](const char* name) { return dir.filePath(QLatin1String(name)); };
    const auto on = [](const QString& db, const QStringList& command, const QString& user = QStringLiteral("giamsat")) {
        return command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                     QStringLiteral("--password-stdin")};
    };
    const auto init = [](const QString& db, const QString& site, const QStringList& extra) {
        return admin(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"), site,
                                 QStringLiteral("--admin"), QStringLiteral("giamsat"), QStringLiteral("--kdf"),
                                 QStringLiteral("minimum"), QStringLiteral("--password-stdin")} +
                         extra,
                     {kAdminPassword});
    };
    ASSERT_EQ(
        init(hub, QStringLiteral("Tỉnh Đoàn Bình Dương"), {QStringLiteral("--kind"), QStringLiteral("hub")}).exitCode,
        0);
    ASSERT_EQ(init(xa, QStringLiteral("Phường Phú Cường"), {}).exitCode, 0);
    const CliRun request = admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("request"),
                                         QStringLiteral("--output"), path("xa.enroll"), QStringLiteral("--json")}),
                                 {kAdminPassword});
    ASSERT_EQ(request.exitCode, 0) << request.err.toStdString();
    const CliRun accept =
        admin(on(hub, {QStringLiteral("enroll"), QStringLiteral("accept"), path("xa.enroll"),
                       QStringLiteral("--fingerprint"), request.json().value(QStringLiteral("fingerprint")).toString(),
                       QStringLiteral("--commune"), QStringLiteral("Thủ Dầu Một/Phú Cường"), QStringLiteral("--output"),
                       path("xa.welcome"), QStringLiteral("--json")}),
              {kAdminPassword});
    ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    const CliRun finish = admin(
        on(xa, {QStringLiteral("enroll"), QStringLiteral("finish"), path("xa.welcome"), QStringLiteral("--fingerprint"),
                accept.json().value(QStringLiteral("hubFingerprint")).toString()}),
        {kAdminPassword});
    ASSERT_EQ(finish.exitCode, 0) << finish.err.toStdString();

    QString code;
    {
        auto session = dc::core::SignIn().signIn(hub, QStringLiteral("giamsat"),
                                                 dc::crypto::SecureBuffer::copyOf(kAdminPassword.toStdString()));
        ASSERT_TRUE(session.ok());
        dc::core::RosterPlan plan{QString(),
                                  QStringLiteral("Thủ Dầu Một"),
                                  QStringLiteral("Phú Cường"),
                                  {{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    QStringLiteral("Nguyễn Văn An"),
                                    QStringLiteral("an.nguyen"),
                                    {QDate(2022, 12, 1)}}}};
        auto built = dc::core::RosterService::buildPackage(*session.value(), plan, path("xa.roster"));
        ASSERT_TRUE(built.ok()) << built.error().detail.toStdString();
        code = QString::fromLatin1(built->codes.front().code.chars().data(),
                                   static_cast<qsizetype>(built->codes.front().code.size()));
    }

    const QStringList apply{QStringLiteral("roster"), QStringLiteral("apply"), path("xa.roster"),
                            QStringLiteral("--json")};
    const CliRun applied = admin(on(xa, apply), {kAdminPassword});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_EQ(applied.json().value(QStringLiteral("created")).toInt(), 1);
    EXPECT_EQ(applied.json().value(QStringLiteral("sequence")).toInt(), 1);
    const CliRun again = admin(on(xa, apply), {kAdminPassword});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.json().value(QStringLiteral("alreadyApplied")).toBool());
    // At the hub: refused.
    const CliRun atHub = admin(on(hub, apply), {kAdminPassword});
    EXPECT_EQ(atHub.exitCode, 1);

    // Awaiting: no sign-in.
    const CliRun early =
        admin(on(xa, {QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("an.nguyen")),
              {QStringLiteral("cay-me-ben-song-dong-nai-31"), QStringLiteral("hoa-phuong-do-san-truong-4")});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("no account"))) << early.err.toStdString();
    const CliRun listed = admin(on(xa, {QStringLiteral("user"), QStringLiteral("list")}), {kAdminPassword});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("awaiting"))) << listed.out.toStdString();

    // Supervisor's password, then the code, then the new password.
    const QStringList activate{QStringLiteral("user"), QStringLiteral("activate"), QStringLiteral("an.nguyen"),
                               QStringLiteral("--json")};
    const CliRun wrong = admin(on(xa, activate), {kAdminPassword, QStringLiteral("00000-00000"),
                                                  QStringLiteral("cay-me-ben-song-dong-nai-31")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("activation code"))) << wrong.err.toStdString();
    const CliRun right = admin(on(xa, activate), {kAdminPassword, code, QStringLiteral("cay-me-ben-song-dong-nai-31")});
    ASSERT_EQ(right.exitCode, 0) << right.err.toStdString();
    EXPECT_EQ(right.json().value(QStringLiteral("activated")).toString(), QStringLiteral("an.nguyen"));
    const CliRun reused =
        admin(on(xa, activate), {kAdminPassword, code, QStringLiteral("mot-mat-khau-khac-hoan-toan-2")});
    EXPECT_EQ(reused.exitCode, 1);
    // Activated: An signs in with the new password (and may change it, as anyone may for their own account).
    const CliRun signedIn =
        admin(on(xa, {QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("an.nguyen")),
              {QStringLiteral("cay-me-ben-song-dong-nai-31"), QStringLiteral("hoa-phuong-do-san-truong-4")});
    EXPECT_EQ(signedIn.exitCode, 0) << signedIn.err.toStdString();
}

} // namespace
