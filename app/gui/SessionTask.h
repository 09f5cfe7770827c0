// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/WorkerTask.h"
#include "core/services/Session.h"

#include <memory>

namespace dc::gui {

// A sign-in, a recovery or an unlock on a worker thread: each opens a Session after an Argon2id unwrap.
class SessionTask : public WorkerTask<core::Result<std::unique_ptr<core::Session>>> {
public:
    using Outcome = core::Result<std::unique_ptr<core::Session>>;
    using WorkerTask::WorkerTask;
};

} // namespace dc::gui
