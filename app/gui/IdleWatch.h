// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QTimer>

namespace dc::gui {

// Notices when nobody has touched the keyboard or the mouse for a while (DESIGN.md "Keys and sign-in": idle lock).
// Watches the input events of the whole application while armed.
class IdleWatch : public QObject {
    Q_OBJECT

public:
    explicit IdleWatch(QObject* parent = nullptr);
    ~IdleWatch() override;

    void setTimeoutMs(int milliseconds);
    [[nodiscard]] int timeoutMs() const { return m_timer.interval(); }
    // Armed: idle() is emitted once after the time without input; disarmed: nothing is watched.
    void setArmed(bool armed);
    [[nodiscard]] bool armed() const { return m_armed; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace dc::gui
