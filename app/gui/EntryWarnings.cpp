// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/EntryWarnings.h"

#include "app/gui/DisplayText.h"
#include "core/services/LogService.h"

#include <algorithm>

namespace dc::gui {

EntryWarnings::EntryWarnings(QObject* parent) : QObject(parent) {}

QString EntryWarnings::gapsText() const {
    QStringList numbers;
    for (const int gap : m_progress.gaps) {
        if (numbers.size() == kGapsShown) {
            break;
        }
        numbers.append(QString::number(gap));
    }
    QString text = numbers.join(QStringLiteral(", "));
    if (m_progress.gapCount > numbers.size()) {
        text += QStringLiteral(", …");
    }
    return text;
}

QString EntryWarnings::skipText() const {
    const int first = m_progress.nextEntryNumber;
    const int skipped = m_entryNumber - first;
    if (m_entryNumber <= 0 || skipped <= 0 || m_logged) {
        return {};
    }
    QString numbers;
    if (skipped <= kSkipsListed) {
        QStringList list;
        for (int n = first; n < m_entryNumber; ++n) {
            list.append(QString::number(n));
        }
        numbers = list.join(QStringLiteral(", "));
    } else {
        numbers = QString::number(first) + QChar(0x2013) + QString::number(m_entryNumber - 1);
    }
    return tr("Entry %1 skips %n number(s) not logged yet: %2.", nullptr, skipped).arg(m_entryNumber).arg(numbers);
}

QString EntryWarnings::alreadyLoggedText() const {
    if (!m_logged) {
        return {};
    }
    return tr("Entry %1 is already logged: %2, %3, %4.")
        .arg(m_logged->entryNumber)
        .arg(text::outcomeName(m_logged->outcome), text::orDash(m_logged->registrationDate),
             text::orDash(m_logged->subjectName));
}

void EntryWarnings::setProgress(const core::BookProgress& progress) {
    m_known.clear();
    m_progress = progress;
    Q_EMIT progressChanged();
    Q_EMIT entryChanged();
}

void EntryWarnings::apply(const core::LogReceipt& receipt) {
    const core::LoggedCheck& check = receipt.check;
    if (receipt.superseded) {
        m_known.insert(receipt.superseded->entryNumber, std::nullopt); // an amendment may move the entry's number
    }
    m_known.insert(check.entryNumber,
                   check.outcome == core::Outcome::Void ? std::nullopt : std::optional<core::LoggedCheck>(check));
    m_progress = receipt.progress;
    Q_EMIT progressChanged();
    Q_EMIT entryChanged();
}

bool EntryWarnings::surelyNotLogged(int entryNumber) const {
    return m_progress.bookId != 0 && (entryNumber > m_progress.lastEntryNumber ||
                                      std::binary_search(m_progress.gaps.begin(), m_progress.gaps.end(), entryNumber));
}

void EntryWarnings::setEntry(core::Session* session, qint64 bookId, int entryNumber, qint64 amendingId, Lookup lookup) {
    m_entryNumber = entryNumber;
    m_logged.reset();
    std::optional<core::LoggedCheck> current;
    if (entryNumber <= 0 || (lookup == Lookup::IfUnknown && surelyNotLogged(entryNumber))) {
        // After a save the next number is beyond the last one logged: the receipt's progress says it is free.
    } else if (const auto known = m_known.constFind(entryNumber);
               lookup == Lookup::IfUnknown && known != m_known.constEnd()) {
        current = known.value();
    } else if (session) {
        // A quick indexed read; a failure only means no warning is shown (saving will say what is wrong).
        if (auto found = core::LogService::currentCheck(*session, bookId, entryNumber)) {
            current = found.value();
            m_known.insert(entryNumber, current);
        }
    }
    if (current && current->id != amendingId) {
        m_logged = current;
    }
    Q_EMIT entryChanged();
}

void EntryWarnings::retranslate() {
    Q_EMIT entryChanged();
}

} // namespace dc::gui
