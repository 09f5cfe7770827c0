// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QString>

namespace dc::app {

// The sentence a person reads for an error code. Written in English and translated with Qt Linguist: the
// GUI loads the Vietnamese translation (its default), doichieu-admin prints the English source.
// Never includes Error::detail (that is for developers), except for IoError where the detail names a file.
[[nodiscard]] QString errorText(const core::Error& error);

} // namespace dc::app
