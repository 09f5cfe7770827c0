// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/training/StrictJson.h"

#include "core/domain/VietnameseText.h"
#include "core/training/Training.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <cmath>

namespace dc::core::training::strict {

void refuse(const QString& detail) {
    throw Refusal{detail};
}

QJsonObject document(const QByteArray& bytes, const char* what) {
    const QString name = QString::fromLatin1(what);
    if (bytes.size() > kMaxTrainingFileBytes) {
        refuse(QStringLiteral("the %1 file is larger than %2 bytes").arg(name).arg(kMaxTrainingFileBytes));
    }
    // Qt's JSON parser would replace invalid UTF-8 with U+FFFD without a word: the bytes are checked first.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        refuse(QStringLiteral("the %1 file is not valid UTF-8").arg(name));
    }
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        refuse(
            QStringLiteral("the %1 file is not JSON (%2 at byte %3)").arg(name, error.errorString()).arg(error.offset));
    }
    if (!json.isObject()) {
        refuse(QStringLiteral("the %1 file is not a JSON object").arg(name));
    }
    return json.object();
}

void keys(const QJsonObject& object, const QString& where, std::initializer_list<const char*> required,
          std::initializer_list<const char*> optional) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* key : required) {
            known = known || it.key() == QLatin1String(key);
        }
        for (const char* key : optional) {
            known = known || it.key() == QLatin1String(key);
        }
        if (!known) {
            // The key itself is not repeated: a hostile file could put anything there.
            refuse(QStringLiteral("%1 has a key this program does not know").arg(where));
        }
    }
    for (const char* key : required) {
        if (!object.contains(QLatin1String(key))) {
            refuse(QStringLiteral("%1 has no \"%2\"").arg(where, QLatin1String(key)));
        }
    }
}

QString text(const QJsonValue& value, const QString& where, bool nonEmpty) {
    if (!value.isString()) {
        refuse(QStringLiteral("%1 is not a string").arg(where));
    }
    const QString s = value.toString();
    if (s.size() > kMaxTrainingText) {
        refuse(QStringLiteral("%1 is longer than %2 characters").arg(where).arg(kMaxTrainingText));
    }
    if (domain::hasControlCharacters(s) || domain::hasReplacementCharacter(s)) {
        refuse(QStringLiteral("%1 holds control characters").arg(where));
    }
    if (nonEmpty && s.trimmed().isEmpty()) {
        refuse(QStringLiteral("%1 is empty").arg(where));
    }
    return s;
}

qint64 integer(const QJsonValue& value, const QString& where, qint64 least, qint64 most) {
    if (!value.isDouble()) {
        refuse(QStringLiteral("%1 is not a number").arg(where));
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(least) || d > static_cast<double>(most)) {
        refuse(QStringLiteral("%1 is not a whole number from %2 to %3").arg(where).arg(least).arg(most));
    }
    return static_cast<qint64>(d);
}

double number(const QJsonValue& value, const QString& where, double least, double most) {
    if (!value.isDouble()) {
        refuse(QStringLiteral("%1 is not a number").arg(where));
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < least || d > most) {
        refuse(QStringLiteral("%1 is not a number from %2 to %3").arg(where).arg(least).arg(most));
    }
    return d;
}

bool boolean(const QJsonValue& value, const QString& where) {
    if (!value.isBool()) {
        refuse(QStringLiteral("%1 is not true or false").arg(where));
    }
    return value.toBool();
}

quint64 seed(const QJsonValue& value, const QString& where) {
    const QString digits = value.isString() ? value.toString() : QString();
    bool ok = !digits.isEmpty() && digits.size() <= 20 &&
              std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const quint64 out = ok ? digits.toULongLong(&ok) : 0;
    if (!ok) {
        refuse(QStringLiteral("%1 is not a whole number from 0 to 2^64 - 1 written as a string of digits").arg(where));
    }
    return out;
}

QJsonArray array(const QJsonValue& value, const QString& where, qsizetype most) {
    if (!value.isArray()) {
        refuse(QStringLiteral("%1 is not an array").arg(where));
    }
    const QJsonArray out = value.toArray();
    if (out.size() > most) {
        refuse(QStringLiteral("%1 has more than %2 items").arg(where).arg(most));
    }
    return out;
}

QJsonObject object(const QJsonValue& value, const QString& where) {
    if (!value.isObject()) {
        refuse(QStringLiteral("%1 is not an object").arg(where));
    }
    return value.toObject();
}

} // namespace dc::core::training::strict
