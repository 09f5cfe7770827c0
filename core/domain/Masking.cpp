// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Masking.h"

#include "core/domain/VietnameseText.h"

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

} // namespace dc::core::domain
