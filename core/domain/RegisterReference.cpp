// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/RegisterReference.h"

namespace dc::core::domain {

QJsonObject referenceJson(const RegisterReference& r) {
    return QJsonObject{{QStringLiteral("district"), r.district},
                       {QStringLiteral("commune"), r.commune},
                       {QStringLiteral("type"), r.recordType},
                       {QStringLiteral("year"), r.year},
                       {QStringLiteral("bookNumber"), r.bookNumber},
                       {QStringLiteral("entry"), r.entry},
                       {QStringLiteral("registrationDate"), r.registrationDate},
                       {QStringLiteral("check"), r.check}};
}

} // namespace dc::core::domain
