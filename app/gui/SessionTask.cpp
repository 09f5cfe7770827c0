// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SessionTask.h"

namespace dc::gui {

SessionTask::SessionTask(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_running) {
            m_running = false;
            Q_EMIT finished();
        }
    });
}

SessionTask::~SessionTask() {
    // Only while running: after takeResult() the future is reset to no state at all, and waiting on it would
    // block for ever.
    if (m_running) {
        m_watcher.waitForFinished();
    }
}

SessionTask::Outcome SessionTask::take() {
    QFuture<Outcome> future = m_watcher.future();
    if (!future.isValid() || !future.isResultReadyAt(0)) {
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("the worker returned no result"));
    }
    return future.takeResult();
}

} // namespace dc::gui
