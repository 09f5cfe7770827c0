// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace dc::gui {

// The signal of every WorkerTask (a class template cannot declare signals itself).
class TaskSignals : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void finished();
};

// Runs one call that takes long on a worker thread — an Argon2id unwrap (0.2–1 s) in a sign-in, a partner's
// sign-in, an unlock — so the interface never blocks. The result comes back on the thread that owns this object.
// `Outcome` is a core::Result<...>.
template <typename Outcome> class WorkerTask : public TaskSignals {
public:
    explicit WorkerTask(QObject* parent = nullptr) : TaskSignals(parent) {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
            if (m_running) {
                m_running = false;
                Q_EMIT finished();
            }
        });
    }
    // Waits for a running task: what it works on (a session) must not go away under it.
    ~WorkerTask() override { wait(); }
    WorkerTask(const WorkerTask&) = delete;
    WorkerTask& operator=(const WorkerTask&) = delete;

    // `work` returns an Outcome; it is moved to the worker (with the secrets it captured, wiped there when it is
    // destroyed). Any exception becomes an Internal error rather than escaping into the event loop.
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

    // Blocks until a running task is done (its finished() is still emitted by the event loop later).
    void wait() {
        // Only while running: after takeResult() the future holds no state, and waiting on it would block for ever.
        if (m_running) {
            m_watcher.waitForFinished();
        }
    }

    // The outcome, once finished() was emitted.
    [[nodiscard]] Outcome take() {
        QFuture<Outcome> future = m_watcher.future();
        if (!future.isValid() || !future.isResultReadyAt(0)) {
            return core::makeError(core::ErrorCode::Internal, QStringLiteral("the worker returned no result"));
        }
        return future.takeResult();
    }

private:
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false; // from start() until finished() was emitted
};

} // namespace dc::gui
