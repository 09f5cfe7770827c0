// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/CheckLog.h"

#include "core/Bytes.h"
#include "core/exchange/BundlePayload.h"

#include <algorithm>

namespace dc::core {

int LoggedCheck::realCorrections() const {
    return static_cast<int>(std::count_if(corrections.begin(), corrections.end(),
                                          [](const Correction& c) { return !c.writingDifference; }));
}

QString checkEventMember(const QString& details, std::string_view key) {
    const QByteArray utf8 = details.toUtf8();
    return exchange::objectText(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), key)
        .value_or(QString());
}

crypto::Sha256Digest contentHash(const LoggedCheck& check, const ContentRefs& refs) {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(2048);
    appendLengthPrefixed(bytes, check.uuid);
    appendLengthPrefixed(bytes, refs.bookUuid);
    appendLengthPrefixed(bytes, QString::number(check.entryNumber));
    appendLengthPrefixed(bytes, check.registrationDate);
    appendLengthPrefixed(bytes, check.subjectName);
    appendLengthPrefixed(bytes, outcomeKey(check.outcome));
    appendLengthPrefixed(bytes, check.transcript);
    appendLengthPrefixed(bytes, check.note);
    appendLengthPrefixed(bytes, check.warnings.join(u','));
    appendLengthPrefixed(bytes, check.schemaVersion);
    appendLengthPrefixed(bytes, refs.readerUuid);
    appendLengthPrefixed(bytes, refs.checkerUuid);
    appendLengthPrefixed(bytes, check.loggedAt);
    appendLengthPrefixed(bytes, QString::number(check.secondsSpent));
    appendLengthPrefixed(bytes, refs.supersededUuid);
    appendLengthPrefixed(bytes, check.reason);
    for (const Correction& c : check.corrections) {
        appendLengthPrefixed(bytes, c.fieldKey);
        appendLengthPrefixed(bytes, c.before);
        appendLengthPrefixed(bytes, c.after);
        appendLengthPrefixed(bytes, domain::correctionClassKey(c.correctionClass));
        appendLengthPrefixed(bytes, c.writingDifference ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return crypto::sha256(bytes);
}

} // namespace dc::core
