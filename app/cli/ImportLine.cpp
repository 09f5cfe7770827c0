// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/cli/ImportLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace dc::app::cli {

namespace {

using core::Outcome;

// A key from the file is echoed only this far (as core/domain does with field keys): it is shown, never trusted.
constexpr qsizetype kMaxEchoedKey = 100;

const QStringList& knownKeys() {
    static const QStringList keys{
        QStringLiteral("book"),        QStringLiteral("entry"),   QStringLiteral("registrationDate"),
        QStringLiteral("subjectName"), QStringLiteral("outcome"), QStringLiteral("transcript"),
        QStringLiteral("note"),        QStringLiteral("reader"),  QStringLiteral("secondsSpent"),
        QStringLiteral("corrections")};
    return keys;
}

const QStringList& knownCorrectionKeys() {
    static const QStringList keys{QStringLiteral("field"), QStringLiteral("before"), QStringLiteral("after")};
    return keys;
}

QString echoed(const QString& key) {
    QString out = key.left(kMaxEchoedKey);
    for (QChar& c : out) {
        if (!c.isPrint()) {
            c = u'?';
        }
    }
    return out;
}

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// A whole JSON number within [least, most], or nullopt with `problem` set. Never truncated: 4294967317 is not 21.
std::optional<qint64> wholeNumber(const QJsonValue& value, const QString& key, qint64 least, qint64 most,
                                  QString& problem) {
    const QString range = QStringLiteral("'%1' must be a whole number from %2 to %3").arg(key).arg(least).arg(most);
    if (!value.isDouble()) {
        problem = value.isUndefined() ? QStringLiteral("%1; it is missing").arg(range)
                                      : QStringLiteral("%1, not %2").arg(range, typeName(value));
        return std::nullopt;
    }
    // QJsonValue keeps integers that fit in 64 bits exactly; toInteger() gives the sentinel for a fraction or for
    // a number too large for 64 bits (parsed as a double). No field accepts the sentinel itself.
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(sentinel);
    if (number == sentinel) {
        const double d = value.toDouble();
        problem = std::isfinite(d) && d != std::trunc(d) ? QStringLiteral("%1, not a fraction").arg(range) : range;
        return std::nullopt;
    }
    if (number < least || number > most) {
        problem = range;
        return std::nullopt;
    }
    return number;
}

// Text, or empty when the key is absent or null; nullopt with `problem` set for any other type.
std::optional<QString> text(const QJsonObject& object, const QString& key, QString& problem,
                            const QString& shownKey = {}) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    if (!value.isString()) {
        problem = QStringLiteral("'%1' must be text, not %2").arg(shownKey.isEmpty() ? key : shownKey, typeName(value));
        return std::nullopt;
    }
    return value.toString();
}

bool readCorrections(const QJsonValue& value, ImportLine& out, core::CheckInput& input) {
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isArray()) {
        out.problem = QStringLiteral("'corrections' must be a list, not %1").arg(typeName(value));
        return false;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("corrections[%1]").arg(i);
        if (!list.at(i).isObject()) {
            out.problem = QStringLiteral("'%1' must be an object with field, before and after, not %2")
                              .arg(where, typeName(list.at(i)));
            return false;
        }
        const QJsonObject c = list.at(i).toObject();
        for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
            if (!knownCorrectionKeys().contains(it.key())) {
                out.unknownKeys.append(echoed(where + u'.' + it.key()));
            }
        }
        const auto field = text(c, QStringLiteral("field"), out.problem, where + QStringLiteral(".field"));
        const auto before =
            field ? text(c, QStringLiteral("before"), out.problem, where + QStringLiteral(".before")) : std::nullopt;
        const auto after =
            before ? text(c, QStringLiteral("after"), out.problem, where + QStringLiteral(".after")) : std::nullopt;
        if (!after) {
            return false;
        }
        input.corrections.push_back({*field, *before, *after});
    }
    return true;
}

} // namespace

ImportLine parseImportLine(const QByteArray& line) {
    ImportLine out;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        out.problem = QStringLiteral("not a JSON object");
        return out;
    }
    const QJsonObject o = document.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!knownKeys().contains(it.key())) {
            out.unknownKeys.append(echoed(it.key()));
        }
    }
    core::CheckInput input;
    const auto book = wholeNumber(o.value(QStringLiteral("book")), QStringLiteral("book"), 1,
                                  std::numeric_limits<qint64>::max(), out.problem);
    if (!book) {
        return out;
    }
    input.bookId = *book;
    const auto entry = wholeNumber(o.value(QStringLiteral("entry")), QStringLiteral("entry"), 1,
                                   std::numeric_limits<int>::max(), out.problem);
    if (!entry) {
        return out;
    }
    input.entryNumber = static_cast<int>(*entry);
    // Time spent is optional: a count of seconds that fits an int here; at most a day is the domain's rule.
    if (const QJsonValue seconds = o.value(QStringLiteral("secondsSpent"));
        !seconds.isUndefined() && !seconds.isNull()) {
        const auto spent =
            wholeNumber(seconds, QStringLiteral("secondsSpent"), 0, std::numeric_limits<int>::max(), out.problem);
        if (!spent) {
            return out;
        }
        input.secondsSpent = static_cast<int>(*spent);
    }
    const auto outcomeText = text(o, QStringLiteral("outcome"), out.problem);
    if (!outcomeText) {
        return out;
    }
    const auto outcome = core::outcomeFromKey(outcomeText->isEmpty() ? QStringLiteral("match") : *outcomeText);
    if (!outcome || *outcome == Outcome::Void) {
        out.problem =
            QStringLiteral("'outcome' is match, corrected, missing_entered_new, duplicate_in_database or escalated");
        return out;
    }
    input.outcome = *outcome;
    // Who reads this entry: one of the pair; another than the current reader is a role swap, as at the keyboard
    // (LogService checks it).
    struct TextField {
        const char* key;
        QString* into;
    };
    for (const TextField& f : {TextField{"registrationDate", &input.registrationDate},
                               TextField{"subjectName", &input.subjectName}, TextField{"transcript", &input.transcript},
                               TextField{"note", &input.note}, TextField{"reader", &input.reader}}) {
        const auto value = text(o, QString::fromLatin1(f.key), out.problem);
        if (!value) {
            return out;
        }
        *f.into = *value;
    }
    if (!readCorrections(o.value(QStringLiteral("corrections")), out, input)) {
        return out;
    }
    out.input = std::move(input);
    return out;
}

} // namespace dc::app::cli
