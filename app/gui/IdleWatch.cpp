// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace dc::gui {

IdleWatch::IdleWatch(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::idle);
}

IdleWatch::~IdleWatch() {
    setArmed(false);
}

void IdleWatch::setTimeoutMs(int milliseconds) {
    m_timer.setInterval(std::max(milliseconds, 100));
    if (m_armed) {
        m_timer.start();
    }
}

void IdleWatch::setArmed(bool armed) {
    if (armed == m_armed) {
        return;
    }
    m_armed = armed;
    if (QCoreApplication* application = QCoreApplication::instance()) {
        if (armed) {
            application->installEventFilter(this);
        } else {
            application->removeEventFilter(this);
        }
    }
    if (armed) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

bool IdleWatch::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Every window-level event reaches the filter several times (window, then items): restarting is cheap.
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dc::gui
