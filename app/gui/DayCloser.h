// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The supervisor closes the day (AuditService::closeDay): refused while entries wait for review, unless the
// supervisor defers them explicitly — then the close records the deferral and signs the audit head.
class DayCloser : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // After a refusal because the queue is not empty: how many entries wait (the offer to defer them); 0 otherwise.
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY changed)

public:
    explicit DayCloser(QObject* parent = nullptr);

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] int waiting() const { return m_waiting; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const;

    // Closes the day; with `deferQueue` the entries still waiting are deferred explicitly.
    Q_INVOKABLE bool close(bool deferQueue);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void changed();

private:
    AppContext* m_context = nullptr;
    int m_waiting = 0;
    std::optional<core::Error> m_error;
    qint64 m_closedSize = -1; // the audit chain length the signed checkpoint covers, after a close
    bool m_deferred = false;
};

} // namespace dc::gui
