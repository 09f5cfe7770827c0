// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Messages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dc::core::domain {

namespace {

const QJsonObject& resource() {
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(":/doichieu/domain/messages.json"));
        (void)file.open(QIODevice::ReadOnly); // embedded; tests/domain checks it is there and complete
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

const QJsonObject& catalog() {
    static const QJsonObject messages = resource().value(QStringLiteral("messages")).toObject();
    return messages;
}

} // namespace

QString findingMessage(const Finding& finding, Language language, const EntrySchema* schema) {
    const QString lang = language == Language::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
    QString text = catalog().value(finding.code).toObject().value(lang).toString();
    if (text.isEmpty()) {
        text = finding.code;
    }
    QString label = finding.field;
    if (const FieldSpec* spec = schema ? schema->field(finding.field) : nullptr) {
        label = language == Language::Vietnamese ? spec->labelVi : spec->labelEn;
    } else if (const QJsonValue kind = resource().value(QStringLiteral("kindLabels")).toObject().value(finding.field);
               kind.isObject()) {
        label = kind.toObject().value(lang).toString();
    }
    text.replace(QStringLiteral("{field}"), label.isEmpty() ? QStringLiteral("—") : label);
    for (auto it = finding.params.constBegin(); it != finding.params.constEnd(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return text;
}

QStringList messageCodes() {
    return catalog().keys();
}

} // namespace dc::core::domain
