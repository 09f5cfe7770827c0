// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/LogForm.h"

#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "app/gui/PairWork.h"
#include "app/gui/SessionController.h"
#include "core/domain/EntryValidator.h"
#include "core/domain/Values.h"
#include "core/services/LogService.h"

namespace dc::gui {

namespace {

using core::domain::ValueKind;

const QString kEntryField = QStringLiteral("registration.entry_number");
const QString kDateField = QStringLiteral("registration.date");
const QString kNameField = QStringLiteral("subject.full_name");
constexpr int kRecentLimit = 15;

} // namespace

LogForm::LogForm(QObject* parent)
    : QObject(parent), m_warnings(new EntryWarnings(this)), m_corrections(new CorrectionListModel(this)),
      m_fields(new SchemaFieldModel(this)), m_recent(new RecentChecksModel(this)) {}

LogForm::~LogForm() = default;

void LogForm::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("LogForm: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, [this] {
        m_fields->setVietnamese(vietnamese());
        m_corrections->setVietnamese(vietnamese());
        m_recent->setVietnamese(vietnamese());
        m_warnings->retranslate();
        revalidate();
        Q_EMIT messageChanged();
        Q_EMIT confirmationChanged();
    });
}

void LogForm::componentComplete() {
    load();
}

core::Session* LogForm::session() const {
    return m_context ? m_context->session()->session() : nullptr;
}

bool LogForm::vietnamese() const {
    return !m_context || m_context->language()->vietnamese();
}

// The book PairWork holds: its schema, its progress and the session's last entries in it.
void LogForm::load() {
    if (!m_context || !m_context->work()->book()) {
        return;
    }
    const core::Book& book = *m_context->work()->book();
    m_bookId = book.id;
    m_schema = &core::domain::entrySchema(book.recordType);
    m_fields->setSchema(m_schema, vietnamese());
    m_corrections->setSchema(m_schema, vietnamese());
    refresh();
    setEntryNumber(QString::number(m_warnings->nextEntryNumber()));
    m_entryClock.start();
    // A check the supervisor returned, chosen on the book picker: its re-check is an amendment of it.
    if (auto returned = m_context->work()->takePendingAmend()) {
        loadAmendment(*returned);
    }
}

void LogForm::refresh() {
    core::Session* s = session();
    if (!s || !m_schema) {
        return;
    }
    if (auto progress = core::LogService::progress(*s, m_bookId)) {
        m_warnings->setProgress(progress.value());
    }
    core::LogService::Filter filter;
    filter.bookId = m_bookId;
    filter.sessionId = s->workSessionId();
    filter.limit = kRecentLimit;
    if (!filter.sessionId) {
        m_recent->clear();
    } else if (auto checks = core::LogService::listChecks(*s, filter)) {
        m_recent->setChecks(std::move(checks).value(), m_schema, vietnamese());
    }
}

int LogForm::typedEntryNumber() const {
    const auto checked = core::domain::checkValue(ValueKind::Number, m_entryNumber, kEntryField);
    return core::domain::hasErrors(checked.findings) ? 0 : checked.normalized.toInt();
}

void LogForm::setEntryNumber(const QString& text) {
    if (text != m_entryNumber) {
        m_entryNumber = text;
        Q_EMIT entryNumberChanged();
    }
    revalidate();
    m_warnings->setEntry(session(), m_bookId, typedEntryNumber(), m_amendingId);
}

void LogForm::setRegistrationDate(const QString& text) {
    if (text != m_date) {
        m_date = text;
        Q_EMIT registrationDateChanged();
        revalidate();
    }
}

void LogForm::setSubjectName(const QString& text) {
    if (text != m_name) {
        m_name = text;
        Q_EMIT subjectNameChanged();
        revalidate();
    }
}

void LogForm::setTranscript(const QString& text) {
    if (text != m_transcript) {
        m_transcript = text;
        Q_EMIT transcriptChanged();
        revalidate();
    }
}

void LogForm::setReason(const QString& text) {
    if (text != m_reason) {
        m_reason = text;
        Q_EMIT reasonChanged();
    }
}

// Each field as the domain sees it, live. Whether a field is required is the service's business at saving time,
// so an empty field says nothing here.
void LogForm::revalidate() {
    if (!m_schema) {
        return;
    }
    const bool vi = vietnamese();
    m_entryNote =
        firstNote(core::domain::checkValue(ValueKind::Number, m_entryNumber, kEntryField).findings, *m_schema, vi);
    auto date = core::domain::checkValue(ValueKind::Date, m_date, kDateField);
    if (date.date) {
        const auto rules = core::domain::checkRegistrationDate(*date.date, core::domain::ValidationContext{});
        date.findings.insert(date.findings.end(), rules.begin(), rules.end());
    }
    m_dateNote = firstNote(date.findings, *m_schema, vi);
    m_nameNote = firstNote(core::domain::checkValue(ValueKind::PersonName, m_name, kNameField).findings, *m_schema, vi);
    m_transcriptNote = firstNote(
        core::domain::checkValue(ValueKind::Text, m_transcript, QStringLiteral("transcript")).findings, *m_schema, vi);
    Q_EMIT notesChanged();
}

void LogForm::setOutcome(const QString& outcome) {
    if (outcome != m_outcome) {
        m_outcome = outcome;
        Q_EMIT outcomeChanged();
    }
}

int LogForm::addCorrection(const QString& fieldKey) {
    // The register's value of the subject's name or the registration date is what was just typed above.
    const QString after = fieldKey == kNameField ? m_name : fieldKey == kDateField ? m_date : QString();
    const int row = m_corrections->add(fieldKey, after);
    if (row >= 0) {
        setOutcome(core::outcomeKey(core::Outcome::Corrected));
    }
    return row;
}

void LogForm::removeCorrection(int row) {
    m_corrections->remove(row);
    if (m_corrections->count() == 0 && m_outcome == core::outcomeKey(core::Outcome::Corrected)) {
        setOutcome({});
    }
}

void LogForm::beginEscalation() {
    if (m_dateNote.blocking && !m_date.trimmed().isEmpty()) {
        // An impossible date is not typed as a date: it goes to the supervisor as what the book shows.
        setTranscript(m_transcript.isEmpty() ? m_date : m_date + QLatin1Char(' ') + m_transcript);
        setRegistrationDate({});
    }
    setOutcome(core::outcomeKey(core::Outcome::Escalated));
}

void LogForm::cancelOutcome() {
    m_corrections->clear();
    setTranscript({});
    setOutcome({});
}

bool LogForm::amendLogged() {
    const auto& logged = m_warnings->loggedCheck();
    if (!logged) {
        return false;
    }
    const core::LoggedCheck check = *logged;
    loadAmendment(check);
    return true;
}

bool LogForm::amendCheck(qint64 checkId) {
    const core::LoggedCheck* check = m_recent->check(checkId);
    if (!check) {
        return false;
    }
    const core::LoggedCheck copy = *check;
    loadAmendment(copy);
    return true;
}

void LogForm::loadAmendment(const core::LoggedCheck& check) {
    if (!m_beforeAmend) {
        m_beforeAmend = draft();
    }
    m_amendingId = check.id;
    m_amendingEntry = check.entryNumber;
    std::vector<core::CorrectionInput> corrections;
    for (const core::Correction& c : check.corrections) {
        corrections.push_back(core::CorrectionInput{c.fieldKey, c.before, c.after});
    }
    QString outcome;
    if (!corrections.empty()) {
        outcome = core::outcomeKey(core::Outcome::Corrected);
    } else if (check.outcome == core::Outcome::Escalated) {
        outcome = core::outcomeKey(core::Outcome::Escalated);
    }
    restore(Draft{QString::number(check.entryNumber), check.registrationDate, check.subjectName, check.transcript,
                  outcome, corrections});
    clearMessage();
    Q_EMIT amendingChanged();
}

void LogForm::cancelAmend() {
    if (m_amendingId == 0) {
        return;
    }
    const Draft before = m_beforeAmend.value_or(Draft{});
    endAmendment();
    restore(before);
    clearMessage();
}

void LogForm::endAmendment() {
    m_beforeAmend.reset();
    if (m_amendingId != 0) {
        m_amendingId = 0;
        m_amendingEntry = 0;
        Q_EMIT amendingChanged();
    }
}

LogForm::Draft LogForm::draft() const {
    return Draft{m_entryNumber, m_date, m_name, m_transcript, m_outcome, m_corrections->inputs()};
}

void LogForm::restore(const Draft& draft) {
    m_corrections->setInputs(draft.corrections);
    setOutcome(draft.outcome);
    setReason({});
    setRegistrationDate(draft.date);
    setSubjectName(draft.name);
    setTranscript(draft.transcript);
    setEntryNumber(draft.entryNumber);
}

void LogForm::clearMessage() {
    if (m_error) {
        m_error.reset();
        m_localFindings.clear();
        m_problemField.clear();
        m_problemRow = -1;
        Q_EMIT messageChanged();
    }
}

} // namespace dc::gui
