// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <map>
#include <memory>

class QSettings;

namespace dc::test {

class TestSite;

// Real sites for the Qt Quick tests, made through core services in temporary folders (Argon2id at the
// RFC 9106 floor, as tests/support/TestSite does), each broken in one way. Registered as the QML singleton
// DoiChieu.Test/TestSites; a site is made the first time a test asks for it.
class TestSites : public QObject {
    Q_OBJECT

public:
    explicit TestSites(QSettings& settings, QObject* parent = nullptr);
    ~TestSites() override;

    // kind: "good" (a supervisor, a volunteer and three books), "noKeyring", "damagedKeyring", "tooNew"
    // (user_version above the program's), "corrupt" (a byte flipped near the start), "throttled" (five
    // failed sign-ins recorded for the supervisor), "missing" (no file at the path).
    // Returns databasePath, userName, password, displayName, recoveryCode, and for "good" volunteerName,
    // volunteerPassword, volunteerDisplayName. An empty map (and a warning) when the site cannot be made.
    Q_INVOKABLE QVariantMap site(const QString& kind);

    // Forgets what the interface remembered (database path, user name, language) between tests.
    Q_INVOKABLE void resetSettings();

private:
    [[nodiscard]] QVariantMap make(const QString& kind);

    QSettings& m_settings;
    QTemporaryDir m_scratch;
    std::map<QString, std::unique_ptr<TestSite>> m_sites;
    std::map<QString, QVariantMap> m_described;
};

} // namespace dc::test
