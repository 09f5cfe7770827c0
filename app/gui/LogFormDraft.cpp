// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// LogForm, the draft kept for the pair: what is typed and not saved goes into the encrypted database
// (core::DraftService) when the session closes — sign-out, the idle lock, the window closed — or the page goes
// (another book), and comes back when the same pair opens the book again. Nothing of it goes to QSettings, a file or
// a log line.
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/LogForm.h"
#include "app/gui/Navigator.h"
#include "app/gui/SessionController.h"
#include "core/services/DraftService.h"

namespace dc::gui {

namespace {

core::EntryDraftInput toInput(const QString& number, const QString& date, const QString& name,
                              const QString& transcript, LogForm::Outcome outcome,
                              std::vector<core::CorrectionInput> corrections) {
    core::EntryDraftInput input{number, date, name, std::nullopt, std::move(corrections), transcript};
    if (outcome == LogForm::Outcome::Corrected) {
        input.outcome = core::Outcome::Corrected;
    } else if (outcome == LogForm::Outcome::Escalated) {
        input.outcome = core::Outcome::Escalated;
    }
    return input;
}

} // namespace

// Called once the book is loaded: the pair's draft of it, if one is kept, replaces the fresh entry. The form listens
// from now on for the moments it must keep what is typed, and for the first change that makes the notice go.
void LogForm::restoreKeptDraft() {
    if (m_context) {
        connect(m_context->session(), &SessionController::closing, this, &LogForm::keepDraft);
        connect(m_context->navigator(), &Navigator::loggingClosing, this, &LogForm::keepDraft);
    }
    for (const auto signal :
         {&LogForm::entryNumberChanged, &LogForm::registrationDateChanged, &LogForm::subjectNameChanged,
          &LogForm::transcriptChanged, &LogForm::outcomeChanged, &LogForm::saved}) {
        connect(this, signal, this, [this] {
            if (!m_restoringDraft) {
                setDraftRestored(false);
            }
        });
    }
    connect(m_corrections, &CorrectionListModel::edited, this, [this] {
        if (!m_restoringDraft) {
            setDraftRestored(false);
        }
    });
    core::Session* s = session();
    if (!s || !s->partner()) {
        return;
    }
    const auto kept = guarded([&] { return core::DraftService::find(*s, m_bookId); });
    if (!kept.ok() || !kept.value()) {
        return;
    }
    const core::EntryDraftInput& d = *kept.value();
    Outcome outcome = Outcome::None;
    if (d.outcome == core::Outcome::Corrected && !d.corrections.empty()) {
        outcome = Outcome::Corrected;
    } else if (d.outcome == core::Outcome::Escalated) {
        outcome = Outcome::Escalated;
    }
    m_restoringDraft = true;
    restore(Draft{d.entryNumber, d.registrationDate, d.subjectName, d.transcript, outcome, d.corrections});
    m_restoringDraft = false;
    m_draftStored = true;
    setDraftRestored(true);
}

bool LogForm::keepDraft() {
    core::Session* s = session();
    if (!s || !s->partner() || !m_schema || m_bookId == 0) {
        return false;
    }
    // An amendment under way is not a draft of a new entry: what was put aside for it is.
    const Draft typed = m_amendingId != 0 ? m_beforeAmend.value_or(Draft{}) : draft();
    const core::EntryDraftInput input =
        toInput(typed.entryNumber, typed.date, typed.name, typed.transcript, typed.outcome, typed.corrections);
    const bool worth = core::DraftService::worthKeeping(input);
    if (!worth && !m_draftStored) {
        return false; // nothing typed, and nothing of this form kept before that would now be stale
    }
    const auto kept = guarded([&] { return core::DraftService::keep(*s, m_bookId, input); });
    if (!kept.ok()) {
        // Only the code: the draft holds a citizen's name.
        qWarning("LogForm: the draft could not be kept (%s)", core::errorCodeName(kept.error().code));
        return false;
    }
    m_draftStored = worth; // a draft not worth keeping removed the one kept before
    if (!worth) {
        return false;
    }
    if (m_context) {
        m_context->session()->noteDraftKept();
    }
    return true;
}

void LogForm::discardDraft() {
    core::Session* s = session();
    if (!s) {
        return;
    }
    const auto discarded = guarded([&] { return core::DraftService::discard(*s, m_bookId); });
    if (!discarded.ok()) {
        fail(discarded.error());
        return;
    }
    const Draft fresh{QString::number(m_warnings->nextEntryNumber()), {}, {}, {}, Outcome::None, {}};
    if (m_amendingId != 0) {
        m_beforeAmend = fresh; // the amendment stays; what was put aside for it is what goes
    } else {
        m_restoringDraft = true;
        restore(fresh);
        m_restoringDraft = false;
    }
    m_draftStored = false;
    clearMessage();
    setDraftRestored(false);
    m_entryClock.start();
}

void LogForm::setDraftRestored(bool restored) {
    if (restored != m_draftRestored) {
        m_draftRestored = restored;
        Q_EMIT draftRestoredChanged();
    }
}

} // namespace dc::gui
