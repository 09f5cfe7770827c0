// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QString>

namespace dc::app {

// The sentence a person reads for an error code. Written in English and translated with Qt Linguist: the
// GUI loads the Vietnamese translation (its default), doichieu-admin prints the English source.
// Never includes Error::detail (that is for developers), except for the codes errorTextSaysDetail names, where the
// detail is a file's path and reason, the reason a file was refused, or what still waits for review.
[[nodiscard]] QString errorText(const core::Error& error);
// Whether errorText already says the error's detail (a file error's path and reason, a refused file's reason): a
// caller that adds the detail in parentheses does not for these, or it is said twice.
[[nodiscard]] bool errorTextSaysDetail(core::ErrorCode code);

} // namespace dc::app
