// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/cli/CliRunner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dc::test;

namespace {

// `doichieu-admin enroll` end to end: a hub and a commune made with `init`, the request, the office's accept with the
// fingerprint read out, the commune's finish with the hub's fingerprint read back, and the refusals on the way.
class EnrollCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString hub = dir.filePath(QStringLiteral("hub.db"));
    QString xa = dir.filePath(QStringLiteral("xa.db"));

    static CliRun init(const QString& db, const QString& site, const QStringList& extra = {}) {
        return admin(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site"), site,
                                 QStringLiteral("--admin"), QStringLiteral("giamsat"), QStringLiteral("--kdf"),
                                 QStringLiteral("minimum"), QStringLiteral("--password-stdin")} +
                         extra,
                     {kAdminPassword});
    }
    [[nodiscard]] static QStringList on(const QString& db, const QStringList& command) {
        return command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("giamsat"),
                                     QStringLiteral("--password-stdin")};
    }
    [[nodiscard]] QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
};

TEST_F(EnrollCliTest, RequestAcceptFinishStatus) {
    ASSERT_EQ(
        init(hub, QStringLiteral("Tỉnh Đoàn Bình Dương"), {QStringLiteral("--kind"), QStringLiteral("hub")}).exitCode,
        0);
    ASSERT_EQ(init(xa, QStringLiteral("Phường Phú Cường")).exitCode, 0);

    const CliRun request = admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("request"),
                                         QStringLiteral("--output"), path("xa.enroll"), QStringLiteral("--json")}),
                                 {kAdminPassword});
    ASSERT_EQ(request.exitCode, 0) << request.err.toStdString();
    const QString fingerprint = request.json().value(QStringLiteral("fingerprint")).toString();
    ASSERT_EQ(fingerprint.size(), 29) << fingerprint.toStdString(); // six groups of four, five spaces
    EXPECT_FALSE(request.json().value(QStringLiteral("site")).toString().isEmpty());
    EXPECT_EQ(request.json().value(QStringLiteral("file")).toString(), path("xa.enroll"));

    // A fingerprint misheard: refused, nothing written.
    QString wrong = fingerprint;
    wrong[0] = wrong[0] == u'9' ? u'8' : u'9';
    const CliRun mismatch =
        admin(on(hub, {QStringLiteral("enroll"), QStringLiteral("accept"), path("xa.enroll"),
                       QStringLiteral("--fingerprint"), wrong, QStringLiteral("--commune"),
                       QStringLiteral("Thủ Dầu Một/Phú Cường"), QStringLiteral("--output"), path("xa.welcome")}),
              {kAdminPassword});
    EXPECT_EQ(mismatch.exitCode, 1);
    EXPECT_TRUE(mismatch.err.contains(QStringLiteral("fingerprint"))) << mismatch.err.toStdString();
    EXPECT_FALSE(QFile::exists(path("xa.welcome")));

    // Read out with dashes.
    QString spoken = fingerprint;
    spoken.replace(u' ', u'-');
    const CliRun accept = admin(
        on(hub, {QStringLiteral("enroll"), QStringLiteral("accept"), path("xa.enroll"), QStringLiteral("--fingerprint"),
                 spoken, QStringLiteral("--commune"), QStringLiteral("Thủ Dầu Một/Phú Cường"),
                 QStringLiteral("--output"), path("xa.welcome"), QStringLiteral("--json")}),
        {kAdminPassword});
    ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    EXPECT_EQ(accept.json().value(QStringLiteral("epoch")).toInt(), 1);
    EXPECT_EQ(accept.json().value(QStringLiteral("district")).toString(), QStringLiteral("Thủ Dầu Một"));
    EXPECT_EQ(accept.json().value(QStringLiteral("commune")).toString(), QStringLiteral("Phú Cường"));
    const QString hubFingerprint = accept.json().value(QStringLiteral("hubFingerprint")).toString();
    ASSERT_EQ(hubFingerprint.size(), 29);

    // The commune's own fingerprint is not the hub's.
    const CliRun misread = admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("finish"), path("xa.welcome"),
                                         QStringLiteral("--fingerprint"), fingerprint}),
                                 {kAdminPassword});
    EXPECT_EQ(misread.exitCode, 1);

    // A welcome with one byte flipped.
    QFile original(path("xa.welcome"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    original.close();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    QFile flipped(path("flipped.welcome"));
    ASSERT_TRUE(flipped.open(QIODevice::WriteOnly));
    flipped.write(bytes);
    flipped.close();
    const CliRun damaged = admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("finish"), path("flipped.welcome"),
                                         QStringLiteral("--fingerprint"), hubFingerprint}),
                                 {kAdminPassword});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("refused"))) << damaged.err.toStdString();

    const CliRun finish = admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("finish"), path("xa.welcome"),
                                        QStringLiteral("--fingerprint"), hubFingerprint, QStringLiteral("--json")}),
                                {kAdminPassword});
    ASSERT_EQ(finish.exitCode, 0) << finish.err.toStdString();
    EXPECT_EQ(finish.json().value(QStringLiteral("epoch")).toInt(), 1);

    const CliRun status =
        admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("status"), QStringLiteral("--json")}), {kAdminPassword});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.json().value(QStringLiteral("enrolled")).toBool());
    const QJsonObject enrollment = status.json().value(QStringLiteral("enrollment")).toObject();
    EXPECT_EQ(enrollment.value(QStringLiteral("hubFingerprint")).toString(), hubFingerprint);
    EXPECT_EQ(enrollment.value(QStringLiteral("district")).toString(), QStringLiteral("Thủ Dầu Một"));
    EXPECT_EQ(enrollment.value(QStringLiteral("commune")).toString(), QStringLiteral("Phú Cường"));
    EXPECT_EQ(enrollment.value(QStringLiteral("epoch")).toInt(), 1);
    EXPECT_EQ(status.json().value(QStringLiteral("fingerprint")).toString(), fingerprint);

    const CliRun hubStatus = admin(on(hub, {QStringLiteral("enroll"), QStringLiteral("status")}), {kAdminPassword});
    ASSERT_EQ(hubStatus.exitCode, 0) << hubStatus.err.toStdString();
    EXPECT_TRUE(hubStatus.out.contains(QStringLiteral("Thủ Dầu Một/Phú Cường"))) << hubStatus.out.toStdString();
    EXPECT_TRUE(hubStatus.out.contains(hubFingerprint));

    // The commune cannot accept; the hub cannot request.
    const CliRun wrongKind =
        admin(on(xa, {QStringLiteral("enroll"), QStringLiteral("accept"), path("xa.enroll"),
                      QStringLiteral("--fingerprint"), fingerprint, QStringLiteral("--commune"),
                      QStringLiteral("Thủ Dầu Một/Phú Cường"), QStringLiteral("--output"), path("again.welcome")}),
              {kAdminPassword});
    EXPECT_EQ(wrongKind.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("again.welcome")));
    const CliRun hubRequest = admin(
        on(hub, {QStringLiteral("enroll"), QStringLiteral("request"), QStringLiteral("--output"), path("hub.enroll")}),
        {kAdminPassword});
    EXPECT_EQ(hubRequest.exitCode, 1);
}

TEST_F(EnrollCliTest, UsageErrors) {
    EXPECT_EQ(admin({QStringLiteral("enroll"), QStringLiteral("--help")}).exitCode, 0);
    EXPECT_EQ(admin({QStringLiteral("enroll"), QStringLiteral("nonsense"), QStringLiteral("--db"), xa}).exitCode, 2);
    EXPECT_EQ(admin({QStringLiteral("enroll"), QStringLiteral("accept"), QStringLiteral("x.enroll"),
                     QStringLiteral("--db"), hub, QStringLiteral("--user"), QStringLiteral("giamsat")})
                  .exitCode,
              2); // no --fingerprint
}

} // namespace
