// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Masking.h"

#include "core/domain/VietnameseText.h"

#include <QRegularExpression>
#include <QStringList>

namespace dc::core::domain {

namespace {
constexpr int kIdDigitsShown = 3;
} // namespace

QString maskName(const QString& name) {
    QStringList initials;
    for (const QString& word : normalizedText(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QList<uint> letters = word.toUcs4();
        if (!letters.isEmpty()) {
            const char32_t first = letters.first();
            initials.append(QString::fromUcs4(&first, 1).toUpper() + QLatin1Char('.'));
        }
    }
    return initials.join(QLatin1Char(' '));
}

QString maskIdNumber(const QString& number) {
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (digits.size() <= kIdDigitsShown) {
        return QString(digits.size(), u'*');
    }
    return QString(digits.size() - kIdDigitsShown, u'*') + digits.right(kIdDigitsShown);
}

QString maskValue(std::optional<ValueKind> kind, const QString& value) {
    static const QString withheld = QStringLiteral("•••");
    if (value.trimmed().isEmpty()) {
        return value;
    }
    if (!kind) {
        return withheld;
    }
    switch (*kind) {
    case ValueKind::PersonName:
        return maskName(value);
    case ValueKind::IdNumber:
        return maskIdNumber(value);
    case ValueKind::Date: {
        // Every digit but those of the year: the day and month with the year pin a person down.
        static const QRegularExpression year(QStringLiteral("(\\d{4})\\s*$"));
        const QRegularExpressionMatch found = year.match(value);
        QString masked = found.hasMatch() ? value.left(found.capturedStart(1)) : value;
        for (QChar& c : masked) {
            if (c.isDigit()) {
                c = QLatin1Char('*');
            }
        }
        return found.hasMatch() ? masked + found.captured(1) : masked;
    }
    case ValueKind::Sex:
    case ValueKind::Ethnicity:
    case ValueKind::Nationality:
    case ValueKind::Number:
    case ValueKind::Year:
    case ValueKind::Time:
        return value;
    case ValueKind::Place:
    case ValueKind::Text:
    case ValueKind::Phone:
    case ValueKind::Email:
        return withheld;
    }
    return withheld;
}

} // namespace dc::core::domain
