// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/BookService.h"
#include "core/services/ReviewService.h"

#include <QHash>
#include <QString>

#include <map>
#include <vector>

namespace dc::core {
class Session;
}

namespace dc::gui {

// How the review screens word a logged check: its book, its corrections with their class, who read and checked it,
// and its review history. Reads the books (and, for a supervisor, the people's display names) once per load.
class ReviewText {
public:
    void load(core::Session& session, bool vietnamese);
    void setVietnamese(bool vietnamese) { m_vietnamese = vietnamese; }

    [[nodiscard]] QString bookTitle(qint64 bookId) const;
    [[nodiscard]] std::vector<qint64> bookIds() const;
    [[nodiscard]] const core::Book* book(qint64 bookId) const;
    // A display name for a user name; the user name itself when it is not known.
    [[nodiscard]] QString person(const QString& userName) const;
    [[nodiscard]] QString fieldLabel(qint64 bookId, const QString& fieldKey) const;
    // One line per correction: "Họ và tên: Tran Thi Be → Trần Thị Bé (Dấu)"; writing differences say so.
    [[nodiscard]] QString corrections(const core::LoggedCheck& check) const;
    // One line per transition, oldest first: "14:02 01/12/2022 · giamsat · Returned to the pair: reason — note".
    [[nodiscard]] QString history(const core::ReviewItem& item) const;
    // The amendment history, newest first: for each amendment, when, who (reader + checker) and why, then the version
    // it replaced — outcome, date, name, corrections — and the decisions that version had. Empty when never amended.
    [[nodiscard]] QString amendments(const core::ReviewItem& item) const;
    // The last transition's reason (and note), what the pair reads.
    [[nodiscard]] QString lastReason(const core::ReviewItem& item) const;

private:
    [[nodiscard]] QString transitions(const std::vector<core::ReviewTransition>& history) const;

    std::map<qint64, core::Book> m_books;
    QHash<QString, QString> m_names;
    bool m_vietnamese = true;
};

} // namespace dc::gui
