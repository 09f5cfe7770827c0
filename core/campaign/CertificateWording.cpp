// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/campaign/CertificateWording.h"

#include "core/domain/VietnameseText.h"

#include <QJsonObject>

namespace dc::core::campaign {

namespace {

Error refusedWording(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("campaign: certificate") + why);
}

} // namespace

CertificateWording defaultCertificateWording(const QString& province) {
    CertificateWording wording;
    // The seed plan's heading (its form Mẫu 01): "BCH ĐOÀN TỈNH BÌNH DƯƠNG" over "ĐOÀN TNCS HỒ CHÍ MINH".
    wording.issuer = QStringLiteral("BCH ĐOÀN TỈNH ") + province.toUpper();
    // The plan's own words for what the volunteers do ("Tuyển tình nguyện viên tham gia hỗ trợ nhập dữ liệu hộ tịch
    // trên nền tảng Cơ sở dữ liệu quốc gia về dân cư trên địa bàn tỉnh Bình Dương").
    wording.title =
        QStringLiteral("Tình nguyện viên hỗ trợ nhập dữ liệu hộ tịch trên nền tảng Cơ sở dữ liệu quốc gia về "
                       "dân cư trên địa bàn tỉnh ") +
        province;
    wording.place = province;
    // The plan: "Tình nguyện viên tham gia sẽ được cấp giấy chứng nhận của Ban Thường vụ Tỉnh Đoàn", signed
    // "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / BÍ THƯ".
    wording.onBehalfOf = QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN");
    wording.signatoryRole = QStringLiteral("BÍ THƯ");
    return wording;
}

Result<CertificateWording> parseCertificateWording(const QJsonValue& value, const QString& province) {
    CertificateWording wording = defaultCertificateWording(province);
    if (value.isUndefined()) {
        return wording;
    }
    if (!value.isObject()) {
        return refusedWording(QStringLiteral(" must be an object"));
    }
    const QJsonObject object = value.toObject();
    struct Key {
        const char* name;
        QString* field;
        int least;
        int most;
    };
    const Key keys[] = {
        {"issuer", &wording.issuer, 1, kMaxCertificateLine},
        {"title", &wording.title, 1, kMaxCertificateTitle},
        {"place", &wording.place, 1, kMaxCertificateLine},
        {"onBehalfOf", &wording.onBehalfOf, 1, kMaxCertificateLine},
        {"signatoryRole", &wording.signatoryRole, 1, kMaxCertificateLine},
        {"signatory", &wording.signatory, 0, kMaxCertificateLine},
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const Key& key : keys) {
            known = known || it.key() == QLatin1String(key.name);
        }
        if (!known) {
            return refusedWording(QStringLiteral(" has an unknown key \"") + it.key().left(40) + u'"');
        }
    }
    for (const Key& key : keys) {
        const QString where = QStringLiteral(".") + QLatin1String(key.name);
        if (!object.contains(QLatin1String(key.name))) {
            continue;
        }
        const QJsonValue field = object.value(QLatin1String(key.name));
        if (!field.isString()) {
            return refusedWording(where + QStringLiteral(" must be a string"));
        }
        const QString text = domain::normalizedText(field.toString());
        if (text.size() < key.least || text.size() > key.most) {
            return refusedWording(where +
                                  QStringLiteral(" must have %1 to %2 characters").arg(key.least).arg(key.most));
        }
        if (domain::hasControlCharacters(field.toString()) || domain::hasReplacementCharacter(text)) {
            return refusedWording(where + QStringLiteral(" holds a control character"));
        }
        *key.field = text;
    }
    return wording;
}

} // namespace dc::core::campaign
