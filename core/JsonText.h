// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QJsonValue>
#include <QString>

namespace dc::core {

// How the program's JSON says a text field is not set: null for an empty text, the text otherwise.
[[nodiscard]] inline QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace dc::core
