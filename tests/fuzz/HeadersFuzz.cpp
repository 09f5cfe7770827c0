// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The signed headers of the travelling files (core/exchange/Headers): what `enroll accept` reads of an enrollment
// request and `enroll finish` of a welcome package before their signature can be checked (the header names the key),
// and what `bundle import` reads of a bundle's header to find its sender. The input is a header's JSON, as
// parseEnvelope hands it over (at most kMaxHeaderBytes, an object); each of the three readers runs on it.
#include "FuzzSupport.h"

#include "core/exchange/Envelope.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Headers.h"

#include <QJsonDocument>
#include <QUuid>

using namespace dc;
using namespace dc::core::exchange;

namespace {

bool isUuid(const QString& text) {
    return text.size() == 36 && QUuid::fromString(text).toString(QUuid::WithoutBraces) == text;
}

bool isName(const QString& text) {
    return !text.isEmpty() && text.size() <= 200;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > kMaxHeaderBytes) {
        return 0; // parseEnvelope refuses a longer header before anything reads it
    }
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!document.isObject()) {
        return 0; // likewise: a header is a JSON object
    }
    const QJsonObject header = document.object();
    if (auto request = readEnrollmentRequestHeader(header); request) {
        if (!isUuid(request->site) || !isName(request->siteName) || request->checkpoint.isEmpty() ||
            request->checkpoint.size() > 1024) {
            fuzz::invariantBroken("readEnrollmentRequestHeader accepted a field outside its bounds");
        }
        (void)enrollmentFingerprint(request->site, request->signing, request->box);
    } else if (request.error().code != core::ErrorCode::FileRefused) {
        fuzz::invariantBroken("readEnrollmentRequestHeader refused other than as a refused file");
    }
    if (auto welcome = readWelcomeHeader(header); welcome) {
        if (!isUuid(welcome->hub) || !isUuid(welcome->site) || welcome->epoch < 1 || !isName(welcome->hubName) ||
            !isName(welcome->district) || !isName(welcome->commune) || welcome->siteFingerprint.isEmpty() ||
            welcome->siteFingerprint.size() > kFingerprintDigits ||
            (welcome->entryCutoff && !welcome->entryCutoff->isValid())) {
            fuzz::invariantBroken("readWelcomeHeader accepted a field outside its bounds");
        }
    } else if (welcome.error().code != core::ErrorCode::FileRefused) {
        fuzz::invariantBroken("readWelcomeHeader refused other than as a refused file");
    }
    if (const auto bundle = readBundleHeader(header)) {
        if (bundle->site.size() != 36 || bundle->epoch < 1 || bundle->sequence < 1 || bundle->checks < 0 ||
            bundle->firstEvent < 1 || bundle->lastEvent < bundle->firstEvent || bundle->checkpoint.isEmpty()) {
            fuzz::invariantBroken("readBundleHeader accepted a field outside its bounds");
        }
    }
    return 0;
}
