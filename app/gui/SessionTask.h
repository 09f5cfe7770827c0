// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

namespace dc::gui {

// Runs a sign-in or a recovery on a worker thread: each unwraps a keyring slot with Argon2id (0.2–1 s), which
// must never block the interface. The result comes back on the thread that owns this object.
class SessionTask : public QObject {
    Q_OBJECT

public:
    using Outcome = core::Result<std::unique_ptr<core::Session>>;

    explicit SessionTask(QObject* parent = nullptr);
    ~SessionTask() override; // waits for a running task: its session must not outlive the program

    // `work` returns an Outcome; it is moved to the worker (with the secrets it captured, wiped there when it
    // is destroyed). Any exception becomes an Internal error rather than escaping into the event loop.
    template <typename Work> void start(Work&& work) {
        m_running = true;
        m_watcher.setFuture(QtConcurrent::run([work = std::forward<Work>(work)]() mutable -> Outcome {
            try {
                return work();
            } catch (...) {
                return core::makeError(core::ErrorCode::Internal, QStringLiteral("unexpected exception in a worker"));
            }
        }));
    }

    [[nodiscard]] bool running() const { return m_running; }
    // The outcome, once finished() was emitted.
    [[nodiscard]] Outcome take();

Q_SIGNALS:
    void finished();

private:
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false; // from start() until finished() was emitted
};

} // namespace dc::gui
