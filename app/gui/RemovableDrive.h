// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

namespace dc::gui {

// The first removable drive mounted where desktops mount them (/media, /run/media: a USB stick), writable; empty when
// there is none. Where a copy kept away from the workstation goes first (day close, a recovery sheet).
[[nodiscard]] QString removableDrive();

} // namespace dc::gui
