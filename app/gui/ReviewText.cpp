// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ReviewText.h"

#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "core/domain/EntrySchema.h"
#include "core/services/UserService.h"

#include <QCoreApplication>

namespace dc::gui {

void ReviewText::load(core::Session& session, bool vietnamese) {
    m_vietnamese = vietnamese;
    m_books.clear();
    m_names.clear();
    if (auto books = guarded([&] { return core::BookService::listBooks(session); })) {
        for (core::Book& book : books.value()) {
            m_books.emplace(book.id, std::move(book));
        }
    }
    if (session.user().role == core::Role::Volunteer) {
        return; // the list of people is the supervisor's: the pair sees user names
    }
    if (auto users = guarded([&] { return core::UserService::listUsers(session); })) {
        for (const core::UserAccount& user : users.value()) {
            m_names.insert(user.userName, user.displayName.isEmpty() ? user.userName : user.displayName);
        }
    }
}

const core::Book* ReviewText::book(qint64 bookId) const {
    const auto found = m_books.find(bookId);
    return found == m_books.end() ? nullptr : &found->second;
}

QString ReviewText::bookTitle(qint64 bookId) const {
    const core::Book* found = book(bookId);
    return found ? text::bookTitle(*found) : QString();
}

std::vector<qint64> ReviewText::bookIds() const {
    std::vector<qint64> ids;
    for (const auto& [id, book] : m_books) {
        ids.push_back(id);
    }
    return ids;
}

QString ReviewText::person(const QString& userName) const {
    return m_names.value(userName, userName);
}

QString ReviewText::fieldLabel(qint64 bookId, const QString& fieldKey) const {
    const core::Book* found = book(bookId);
    const core::domain::FieldSpec* field =
        found ? core::domain::entrySchema(found->recordType).field(fieldKey) : nullptr;
    if (!field) {
        return fieldKey;
    }
    return m_vietnamese ? field->labelVi : field->labelEn;
}

QString ReviewText::corrections(const core::LoggedCheck& check) const {
    QStringList lines;
    for (const core::Correction& correction : check.corrections) {
        const QString line =
            QCoreApplication::translate("ReviewText", "%1: %2 → %3 (%4)")
                .arg(fieldLabel(check.bookId, correction.fieldKey), text::orDash(correction.before),
                     text::orDash(correction.after), text::correctionClassName(correction.correctionClass));
        lines.append(correction.writingDifference
                         ? QCoreApplication::translate("ReviewText", "%1 — no correction needed").arg(line)
                         : line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReviewText::history(const core::ReviewItem& item) const {
    return transitions(item.history);
}

QString ReviewText::transitions(const std::vector<core::ReviewTransition>& history) const {
    QStringList lines;
    for (const core::ReviewTransition& t : history) {
        const QDateTime at = QDateTime::fromString(t.at, Qt::ISODate);
        QString line = QCoreApplication::translate("ReviewText", "%1 · %2 · %3")
                           .arg(at.isValid() ? text::dateTime(at) : t.at, person(t.supervisor),
                                text::reviewDecisionName(t.decision));
        if (!t.reason.isEmpty()) {
            line = QCoreApplication::translate("ReviewText", "%1: %2").arg(line, t.reason);
        }
        if (!t.note.isEmpty()) {
            line = QCoreApplication::translate("ReviewText", "%1 — %2").arg(line, t.note);
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReviewText::amendments(const core::ReviewItem& item) const {
    QStringList blocks;
    const core::LoggedCheck* newer = &item.check;
    for (const core::EarlierVersion& version : item.earlier) {
        const QDateTime at = QDateTime::fromString(newer->loggedAt, Qt::ISODate);
        QStringList lines{QCoreApplication::translate("ReviewText", "%1 · amended by %2 + %3: %4")
                              .arg(at.isValid() ? text::dateTime(at) : newer->loggedAt, person(newer->readerName),
                                   person(newer->checkerName), text::orDash(newer->reason))};
        const core::LoggedCheck& before = version.check;
        lines.append(QCoreApplication::translate("ReviewText", "Before: %1 · %2 · %3")
                         .arg(text::outcomeName(before.outcome), text::orDash(before.registrationDate),
                              text::orDash(before.subjectName)));
        if (const QString corrected = corrections(before); !corrected.isEmpty()) {
            lines.append(corrected);
        }
        if (!before.transcript.isEmpty()) {
            lines.append(QCoreApplication::translate("ReviewText", "Book shows: %1").arg(before.transcript));
        }
        if (const QString decided = transitions(version.history); !decided.isEmpty()) {
            lines.append(decided);
        }
        blocks.append(lines.join(QLatin1Char('\n')));
        newer = &version.check;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QString ReviewText::lastReason(const core::ReviewItem& item) const {
    if (item.history.empty()) {
        return {};
    }
    const core::ReviewTransition& t = item.history.back();
    return t.note.isEmpty() ? t.reason : QCoreApplication::translate("ReviewText", "%1 — %2").arg(t.reason, t.note);
}

} // namespace dc::gui
