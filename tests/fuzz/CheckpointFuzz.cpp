// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Signed checkpoints (core/audit/Checkpoint, C2SP tlog-checkpoint as a signed note): verifyCheckpoint, which
// `audit verify --checkpoint`, the enrollment and the bundle import call on text from outside. The site and key are
// the fixed ones of FuzzSupport.h that sign the committed seeds, so the seeds reach the signature lines and their
// mutations every refusal before and among them.
#include "FuzzSupport.h"

#include "core/audit/Checkpoint.h"

using namespace dc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray note = fuzz::bytesOf(data, size);
    const auto content = core::audit::verifyCheckpoint(note, fuzz::kSiteUuid, fuzz::signingPublic());
    if (!content) {
        return 0;
    }
    if (content->size < 1 || content->origin != core::audit::checkpointOrigin(fuzz::kSiteUuid)) {
        fuzz::invariantBroken("verifyCheckpoint accepted a size below 1 or another origin");
    }
    return 0;
}
