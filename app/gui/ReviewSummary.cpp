// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ReviewSummary.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/ReviewText.h"
#include "app/gui/SessionController.h"
#include "core/services/ReviewService.h"

#include <QVariantMap>

namespace dc::gui {

ReviewSummary::ReviewSummary(QObject* parent) : QObject(parent) {}

ReviewSummary::~ReviewSummary() = default;

void ReviewSummary::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("ReviewSummary: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &ReviewSummary::reload); // book titles are worded
}

void ReviewSummary::componentComplete() {
    reload();
}

QString ReviewSummary::oldestWait() const {
    return m_pendingTotal > 0 ? text::waited(m_oldestSeconds) : QString();
}

QString ReviewSummary::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void ReviewSummary::reload() {
    m_pendingTotal = 0;
    m_oldestSeconds = 0;
    m_books.clear();
    m_error.reset();
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    // The review is a supervisor's (the service refuses anyone else): other roles' home pages show none of it.
    if (session && session->user().role == core::Role::Supervisor) {
        if (auto overview = guarded([&] { return core::ReviewService::overview(*session); })) {
            ReviewText words;
            words.load(*session, m_context->language()->vietnamese());
            m_pendingTotal = overview->pendingTotal;
            m_oldestSeconds = overview->oldestPendingSeconds;
            for (const auto& book : overview->books) {
                m_books.append(QVariantMap{{QStringLiteral("title"), words.bookTitle(book.bookId)},
                                           {QStringLiteral("logged"), book.logged},
                                           {QStringLiteral("corrected"), book.corrected},
                                           {QStringLiteral("pending"), book.pending},
                                           {QStringLiteral("returned"), book.returned}});
            }
        } else {
            m_error = overview.error();
        }
    }
    Q_EMIT loaded();
}

} // namespace dc::gui
