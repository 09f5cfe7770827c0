// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"

#include <exception>

namespace dc::gui {

// Calls a core service from a slot or an invokable. Services return Result and should not throw; this is the belt
// to their braces, so that nothing a service lets slip (a storage exception outside its own guard) can escape into
// QML or the event loop. The exception's text is not kept: it may hold values.
template <typename Call> auto guarded(Call&& call) -> decltype(call()) {
    try {
        return call();
    } catch (const std::exception&) {
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("a service threw an exception"));
    } catch (...) {
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("a service threw something"));
    }
}

} // namespace dc::gui
