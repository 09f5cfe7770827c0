// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

namespace dc::app {

// What both programs do before anything else: no core dumps (they would hold keys and citizen data), write
// errors reported as errors rather than signals, and the cryptographic self-test. Returns an empty string
// when the program may run, otherwise why not.
[[nodiscard]] QString prepareProcess();

} // namespace dc::app
