// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// LogForm, its second half: saving an entry, an amendment or a void through LogService, and what the pair is told
// after it (the confirmation, or why it was refused).
#include "app/gui/LogForm.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/SessionController.h"
#include "app/gui/WorkSession.h"
#include "core/domain/Limits.h"
#include "core/services/DraftService.h"
#include "core/services/LogService.h"

#include <algorithm>

namespace dc::gui {

namespace {

// The parts of a draft that are not fields of the schema, as the service's findings name them.
const QString kTranscriptWords = QString::fromLatin1(core::domain::kTranscriptPart);
const QString kReason = QString::fromLatin1(core::domain::kReasonPart);

std::optional<core::Outcome> coreOutcome(LogForm::Outcome outcome) {
    switch (outcome) {
    case LogForm::Outcome::Match:
        return core::Outcome::Match;
    case LogForm::Outcome::Corrected:
        return core::Outcome::Corrected;
    case LogForm::Outcome::MissingEnteredNew:
        return core::Outcome::MissingEnteredNew;
    case LogForm::Outcome::DuplicateInDatabase:
        return core::Outcome::DuplicateInDatabase;
    case LogForm::Outcome::Escalated:
        return core::Outcome::Escalated;
    case LogForm::Outcome::None:
        break;
    }
    return std::nullopt;
}

} // namespace

bool LogForm::save() {
    return m_outcome != Outcome::None && logAs(m_outcome);
}

bool LogForm::logAs(Outcome chosen) {
    core::Session* s = session();
    const auto outcome = coreOutcome(chosen);
    if (!s || !m_schema || !outcome) {
        return false;
    }
    core::CheckInput input;
    input.bookId = m_bookId;
    input.entryNumber = m_checked.entryNumber;
    input.registrationDate = m_date;
    input.subjectName = m_name;
    input.outcome = *outcome;
    input.corrections = m_corrections->inputs();
    input.transcript = m_transcript;
    input.secondsSpent =
        static_cast<int>(std::clamp<qint64>(m_entryClock.elapsed() / 1000, 0, core::domain::kMaxSecondsSpent));
    const auto result = m_amendingId != 0 ? core::LogService::amendCheck(*s, m_amendingId, input, m_reason)
                                          : core::LogService::logCheck(*s, input);
    if (!result) {
        // The entry number's own findings ("not a whole number") say more than the service's "out of range" for the 0
        // it is then given.
        fail(result.error(), m_checked.fieldFindings(m_schema->keys.number));
        return false;
    }
    succeed(m_amendingId != 0 ? Done::Amended : Done::Logged, result.value());
    return true;
}

bool LogForm::voidCheck(qint64 checkId, const QString& reason) {
    core::Session* s = session();
    if (!s) {
        return false;
    }
    const auto result = core::LogService::voidCheck(*s, checkId, reason);
    if (!result) {
        fail(result.error());
        return false;
    }
    succeed(Done::Voided, result.value());
    return true;
}

void LogForm::fail(const core::Error& error, const core::domain::Findings& local) {
    m_error = error;
    m_localFindings = local;
    m_done.reset();
    m_problemField = Field::None;
    m_problemRow = -1;
    core::domain::Findings all = local;
    all.insert(all.end(), error.findings.begin(), error.findings.end());
    std::stable_partition(all.begin(), all.end(),
                          [](const auto& f) { return f.severity == core::domain::Severity::Error; });
    if (error.code == core::ErrorCode::EntryAlreadyLogged) {
        m_problemField = Field::EntryNumber;
        m_warnings->setEntry(session(), m_bookId, m_checked.entryNumber, m_amendingId, EntryWarnings::Lookup::Always);
    }
    const core::domain::KeyFields& keys = m_schema->keys;
    // A correction of a key field (the name) is checked under the field's key: a finding the live check gave that
    // correction sends the focus there, any other to the field itself.
    const auto correctionFound = [&](int row, const core::domain::Finding& finding) {
        if (row < 0 || static_cast<std::size_t>(row) >= m_checked.corrections.size()) {
            return false;
        }
        const auto& found = m_checked.corrections[static_cast<std::size_t>(row)].findings;
        return std::any_of(found.begin(), found.end(), [&](const auto& f) { return sameFinding(f, finding); });
    };
    for (const auto& finding : all) {
        if (m_problemField != Field::None) {
            break;
        }
        const int row = m_corrections->rowOf(finding.field);
        if (finding.field == keys.number) {
            m_problemField = Field::EntryNumber;
        } else if (correctionFound(row, finding)) {
            m_problemField = Field::Correction;
            m_problemRow = row;
        } else if (finding.field == keys.date) {
            m_problemField = Field::Date;
        } else if (finding.field == keys.name) {
            m_problemField = Field::Name;
        } else if (finding.field == kTranscriptWords) {
            m_problemField = Field::Transcript;
        } else if (finding.field == kReason) {
            m_problemField = Field::Reason;
        } else if (row >= 0) {
            m_problemField = Field::Correction;
            m_problemRow = row;
        }
    }
    Q_EMIT messageChanged();
    Q_EMIT confirmationChanged();
    Q_EMIT saveFailed();
}

// What the save changed comes from its receipt, read in the save's own transaction: the book's progress, the last
// entries (the new row first, the superseded one replaced or, for a void, gone, its history kept) and today's counts.
// Nothing is read back from the database after the commit.
void LogForm::succeed(Done done, const core::LogReceipt& receipt) {
    const core::LoggedCheck& check = receipt.check;
    m_done = std::pair{done, check};
    m_error.reset();
    m_localFindings.clear();
    m_problemField = Field::None;
    m_problemRow = -1;
    m_warnings->apply(receipt);
    m_recent->apply(receipt, kRecentLimit);
    if (m_context) {
        m_context->work()->setToday(receipt.today);
        m_context->session()->settleSoon();
    }
    if (done == Done::Logged && m_draftStored) {
        // The restored draft is what was just saved, even under another number than it was kept with (the save's
        // transaction removed only a draft of the number saved): it must not come back at the next opening.
        if (core::Session* s = session()) {
            (void)guarded([&] { return core::DraftService::discard(*s, m_bookId); });
        }
        m_draftStored = false;
        setDraftRestored(false);
    }
    if (done == Done::Voided && m_amendingId != check.supersedes.value_or(0)) {
        setEntryNumber(m_entryNumber); // the draft stays; its warnings may have changed with the void
    } else if (done == Done::Voided) {
        cancelAmend(); // the entry being amended was voided: back to what was typed before
    } else if (done == Done::Amended && m_beforeAmend &&
               m_beforeAmend->entryNumber.trimmed().toInt() != check.entryNumber) {
        // Back to the entry that was being typed when the amendment began.
        const Draft before = *m_beforeAmend;
        endAmendment();
        restore(before);
    } else {
        // The next entry. The registration date stays (entries of one day follow each other); the rest is cleared.
        const QString date = m_beforeAmend ? m_beforeAmend->date : m_date;
        endAmendment();
        restore(Draft{QString::number(m_warnings->nextEntryNumber()), date, {}, {}, {}, {}});
    }
    m_entryClock.start();
    Q_EMIT messageChanged();
    Q_EMIT confirmationChanged();
    Q_EMIT saved();
}

QString LogForm::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

QStringList LogForm::messageDetails() const {
    if (!m_error || !m_schema) {
        return {};
    }
    core::domain::Findings all = m_localFindings;
    all.insert(all.end(), m_error->findings.begin(), m_error->findings.end());
    return findingTexts(all, *m_schema, vietnamese());
}

QString LogForm::confirmation() const {
    if (!m_done) {
        return {};
    }
    const auto& [done, check] = *m_done;
    switch (done) {
    case Done::Voided:
        return tr("Voided entry %1.").arg(check.entryNumber);
    case Done::Amended:
        return tr("Amended entry %1: %2.").arg(check.entryNumber).arg(text::outcomeName(check.outcome));
    case Done::Logged:
        break;
    }
    QString text = tr("Saved entry %1: %2.").arg(check.entryNumber).arg(text::outcomeName(check.outcome));
    const int writing = static_cast<int>(check.corrections.size()) - check.realCorrections();
    if (writing > 0) {
        text += QLatin1Char(' ') + tr("No correction needed for %n writing difference(s).", nullptr, writing);
    }
    return text;
}

} // namespace dc::gui
