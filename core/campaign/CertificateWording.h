// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"

#include <QJsonValue>
#include <QString>

namespace dc::core::campaign {

// What a certificate of participation (giấy chứng nhận, issue 15 part 5) says besides the volunteer's own lines: the
// campaign file's optional "certificate" object (docs/CAMPAIGN.md). The defaults are the seed plan's own wording
// (Tỉnh Đoàn Bình Dương, 11/2022): its heading "BCH ĐOÀN TỈNH …" / "ĐOÀN TNCS HỒ CHÍ MINH", its title, and its
// signature block "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" / "BÍ THƯ".
struct CertificateWording {
    QString issuer;        // the office's heading, top left: "BCH ĐOÀN TỈNH BÌNH DƯƠNG"
    QString title;         // what the volunteer took part in (the plan's title), under "GIẤY CHỨNG NHẬN"
    QString place;         // "Bình Dương" in "Bình Dương, ngày … tháng … năm …"
    QString onBehalfOf;    // "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"
    QString signatoryRole; // "BÍ THƯ"
    QString signatory;     // the signer's name; empty: left blank for a hand-written name under the signature
};

// The defaults for a campaign of `province` ("Bình Dương").
[[nodiscard]] CertificateWording defaultCertificateWording(const QString& province);

inline constexpr int kMaxCertificateTitle = 300; // the plan's title is 146 characters
inline constexpr int kMaxCertificateLine = 100;  // every other key

// The "certificate" key: absent (undefined) gives the defaults; otherwise an object whose keys are all optional
// strings (NFC, spaces collapsed; no control characters; title 1–300 characters, the others 1–100, "signatory" 0–100)
// and no other key. Refused with InvalidInput naming the key ("campaign: certificate.title must be a string").
[[nodiscard]] Result<CertificateWording> parseCertificateWording(const QJsonValue& value, const QString& province);

} // namespace dc::core::campaign
