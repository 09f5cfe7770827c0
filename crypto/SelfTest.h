// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <string>

namespace dc::crypto {

// Runs one known-answer vector per primitive (RFC 8032, 9106, 8439, 5869, 7748, 9180) and the two
// refusals Botan 2.19 lacks (all-zero X25519 secret, Ed25519 S + L). Returns an empty string when all pass,
// otherwise the name of the first failing check. Programs call it once at start-up and refuse to run
// when it fails. Takes a few milliseconds (the Argon2id vector uses 32 KiB).
[[nodiscard]] std::string runSelfTest();

} // namespace dc::crypto
