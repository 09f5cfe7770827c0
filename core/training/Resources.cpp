// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/training/Resources.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <stdexcept>

namespace dc::core::training {

QJsonObject trainingResource(const QString& name) {
    QFile file(QStringLiteral(":/doichieu/training/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::logic_error("training resource missing: " + name.toStdString());
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw std::logic_error("training resource is not a JSON object: " + name.toStdString());
    }
    return document.object();
}

} // namespace dc::core::training
