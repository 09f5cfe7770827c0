// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The travelling files' envelope (core/exchange/Envelope): what every import, accept, finish and receipt runs on a
// file, in the services' order — parseEnvelope (for the kind the service expects), verifyEnvelope under the sender's
// key, openPayload with the recipient's key. The input is tried as each of the five kinds. The keys are the fixed
// ones of FuzzSupport.h, with which the committed seeds are signed and sealed, so a seed reaches openPayload and its
// mutations reach every refusal on the way. fileId runs on every header that parsed, as the import does.
#include "FuzzSupport.h"

#include "core/exchange/Envelope.h"

using namespace dc;
using namespace dc::core::exchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = fuzz::bytesOf(data, size);
    static const crypto::SecureBuffer recipient = fuzz::boxPrivate();
    for (const FileKind kind :
         {FileKind::EnrollmentRequest, FileKind::Welcome, FileKind::Bundle, FileKind::Receipt, FileKind::Roster}) {
        auto parsed = parseEnvelope(bytes, kind);
        if (!parsed) {
            continue;
        }
        const ParsedEnvelope& envelope = parsed.value();
        if (envelope.kind != kind || envelope.payloadOffset + envelope.payloadSize > bytes.size() ||
            static_cast<qint64>(envelope.payloadSize) > static_cast<qint64>(maxPayloadBytes(kind))) {
            fuzz::invariantBroken("parseEnvelope accepted an envelope outside its bounds");
        }
        (void)fileId(envelope.header);
        if (auto verified = verifyEnvelope(envelope, fuzz::signingPublic()); !verified) {
            continue;
        }
        if (envelope.payloadSize > 0) {
            auto opened = openPayload(envelope, recipient);
            (void)opened.ok();
        }
    }
    return 0;
}
