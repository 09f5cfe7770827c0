// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dc::gui {

class Language;
class SessionController;

// Whether the window is in training mode (issue 18): started with `--training` (the local training site), or signed
// in to a training site (TrainingService::isTrainingSite, asked once per sign-in). In training mode every page shows
// the training banner, the logging screen shows each entry's two sides and counts keys, and the trainer (the training
// site's supervisor) has the trainer's board. With `--training` the sign-in page lists the local site's accounts and
// their printed passwords, as the demo does: a training site holds no real data.
class TrainingMode : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool training READ training NOTIFY changed)
    Q_PROPERTY(bool started READ started CONSTANT) // `--training`
    // Signed in to a training site as its supervisor: the trainer.
    Q_PROPERTY(bool trainer READ trainer NOTIFY changed)
    // `--training` only (empty otherwise): maps of userName, displayName, roleName (in the interface language) and
    // password, for the sign-in page.
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged)

public:
    // One account of the local training site as `--training` prints it.
    struct Account {
        QString userName;
        QString displayName;
        int role = 0; // core::Role
        QString password;
    };

    TrainingMode(bool started, std::vector<Account> accounts, SessionController* sessions, Language* language,
                 QObject* parent = nullptr);
    static TrainingMode* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    [[nodiscard]] bool training() const { return m_started || m_trainingSite; }
    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] bool trainer() const;
    [[nodiscard]] QVariantList accounts() const;

Q_SIGNALS:
    void changed();
    void accountsChanged();

private:
    void followSession();

    SessionController* m_sessions = nullptr;
    bool m_started = false;
    bool m_trainingSite = false;
    std::vector<Account> m_accounts;
};

} // namespace dc::gui
