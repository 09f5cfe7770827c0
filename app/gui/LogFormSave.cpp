// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// LogForm, its second half: saving an entry, an amendment or a void through LogService, and what the pair is told
// after it (the confirmation, or why it was refused).
#include "app/gui/LogForm.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/PairWork.h"
#include "app/gui/SessionController.h"
#include "core/domain/Values.h"
#include "core/services/LogService.h"

#include <algorithm>

namespace dc::gui {

namespace {

using core::domain::ValueKind;

const QString kEntryField = QStringLiteral("registration.entry_number");
const QString kDateField = QStringLiteral("registration.date");
const QString kNameField = QStringLiteral("subject.full_name");
constexpr qint64 kMaxSecondsSpent = 24 * 3600; // LogService refuses more (check.seconds_invalid)

} // namespace

bool LogForm::save() {
    return !m_outcome.isEmpty() && logAs(m_outcome);
}

bool LogForm::logAs(const QString& outcomeKey) {
    core::Session* s = session();
    const auto outcome = core::outcomeFromKey(outcomeKey);
    if (!s || !m_schema || !outcome || *outcome == core::Outcome::Void) {
        return false;
    }
    core::CheckInput input;
    input.bookId = m_bookId;
    input.entryNumber = typedEntryNumber();
    input.registrationDate = m_date;
    input.subjectName = m_name;
    input.outcome = *outcome;
    input.corrections = m_corrections->inputs();
    input.transcript = m_transcript;
    input.secondsSpent = static_cast<int>(std::clamp<qint64>(m_entryClock.elapsed() / 1000, 0, kMaxSecondsSpent));
    // The entry number's own findings ("not a whole number") say more than the service's "out of range" for the 0
    // it is then given.
    const auto number = core::domain::checkValue(ValueKind::Number, m_entryNumber, kEntryField);
    const auto result = m_amendingId != 0 ? core::LogService::amendCheck(*s, m_amendingId, input, m_reason)
                                          : core::LogService::logCheck(*s, input);
    if (!result) {
        fail(result.error(), number.findings);
        return false;
    }
    succeed(m_amendingId != 0 ? Done::Amended : Done::Logged, result.value().check);
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
    succeed(Done::Voided, result.value().check);
    return true;
}

void LogForm::fail(const core::Error& error, const core::domain::Findings& local) {
    m_error = error;
    m_localFindings = local;
    m_done.reset();
    m_problemField.clear();
    m_problemRow = -1;
    core::domain::Findings all = local;
    all.insert(all.end(), error.findings.begin(), error.findings.end());
    std::stable_partition(all.begin(), all.end(),
                          [](const auto& f) { return f.severity == core::domain::Severity::Error; });
    if (error.code == core::ErrorCode::EntryAlreadyLogged) {
        m_problemField = QStringLiteral("entryNumber");
        m_warnings->setEntry(session(), m_bookId, typedEntryNumber(), m_amendingId);
    }
    for (const auto& finding : all) {
        if (!m_problemField.isEmpty()) {
            break;
        }
        if (finding.field == kEntryField) {
            m_problemField = QStringLiteral("entryNumber");
        } else if (finding.field == kDateField) {
            m_problemField = QStringLiteral("date");
        } else if (finding.field == kNameField) {
            m_problemField = QStringLiteral("name");
        } else if (finding.field == QLatin1String("transcript") || finding.field == QLatin1String("reason")) {
            m_problemField = finding.field;
        } else if (const int row = m_corrections->rowOf(finding.field); row >= 0) {
            m_problemField = QStringLiteral("correction");
            m_problemRow = row;
        }
    }
    Q_EMIT messageChanged();
    Q_EMIT confirmationChanged();
    Q_EMIT saveFailed();
}

void LogForm::succeed(Done done, const core::LoggedCheck& check) {
    m_done = std::pair{done, check};
    m_error.reset();
    m_localFindings.clear();
    m_problemField.clear();
    m_problemRow = -1;
    refresh();
    if (m_context) {
        m_context->work()->refreshCounts();
        m_context->session()->settleSoon();
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
