// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/LogForm.h"

#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/services/LogService.h"

namespace dc::gui {

namespace {

// The part of a draft that is not a field of the schema, as core::domain::checkDraft names it in its findings.
const QString kTranscript = QString::fromLatin1(core::domain::kTranscriptPart);

} // namespace

LogForm::LogForm(QObject* parent)
    : QObject(parent), m_warnings(new EntryWarnings(this)), m_corrections(new CorrectionListModel(this)),
      m_fields(new SchemaFieldModel(this)), m_recent(new RecentChecksModel(this)) {
    connect(m_corrections, &CorrectionListModel::edited, this, [this] {
        retyped(Field::Correction);
        revalidate();
    });
}

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
        Q_EMIT bookChanged();
        Q_EMIT messageChanged();
        Q_EMIT confirmationChanged();
    });
}

void LogForm::componentComplete() {
    load();
}

// The inputs are the page's, set when it is created: later writes (the page on its way out) change nothing.
void LogForm::setBook(ChosenBook* book) {
    if (!m_loaded && book != m_book) {
        m_book = book;
        Q_EMIT bookChanged();
    }
}

void LogForm::setAmendment(CheckToAmend* amendment) {
    if (!m_loaded && amendment != m_amendment) {
        m_amendment = amendment;
        Q_EMIT bookChanged();
    }
}

QString LogForm::bookTitle() const {
    return m_bookValue ? text::bookTitle(*m_bookValue) : QString();
}

core::Session* LogForm::session() const {
    return m_context ? m_context->session()->session() : nullptr;
}

bool LogForm::vietnamese() const {
    return !m_context || m_context->language()->vietnamese();
}

// The book given: its schema, its progress and the session's last entries in it; then the check to amend, if any.
void LogForm::load() {
    m_loaded = true;
    core::Session* s = session();
    if (!m_book || !s) {
        return;
    }
    m_bookValue = m_book->book();
    m_bookId = m_bookValue->id;
    m_range = core::domain::EntryRange{m_bookValue->firstEntry, m_bookValue->lastEntry};
    m_rules = core::LogService::rulesFor(*s, *m_bookValue);
    m_schema = &core::domain::entrySchema(m_bookValue->recordType);
    m_fields->setSchema(m_schema, vietnamese());
    m_corrections->setSchema(m_schema, vietnamese());
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
    Q_EMIT bookChanged();
    setEntryNumber(QString::number(m_warnings->nextEntryNumber()));
    restoreKeptDraft();
    m_entryClock.start();
    // A check the supervisor returned, chosen on the book picker: its re-check is an amendment of it.
    if (m_amendment && m_amendment->check().bookId == m_bookId) {
        loadAmendment(m_amendment->check());
    }
}

void LogForm::setEntryNumber(const QString& text) {
    if (text != m_entryNumber) {
        m_entryNumber = text;
        Q_EMIT entryNumberChanged();
        retyped(Field::EntryNumber);
    }
    revalidate();
    m_warnings->setEntry(session(), m_bookId, m_checked.entryNumber, m_amendingId);
}

void LogForm::setRegistrationDate(const QString& text) {
    if (text != m_date) {
        m_date = text;
        Q_EMIT registrationDateChanged();
        retyped(Field::Date);
        revalidate();
    }
}

void LogForm::setSubjectName(const QString& text) {
    if (text != m_name) {
        m_name = text;
        Q_EMIT subjectNameChanged();
        retyped(Field::Name);
        revalidate();
    }
}

void LogForm::setTranscript(const QString& text) {
    if (text != m_transcript) {
        m_transcript = text;
        Q_EMIT transcriptChanged();
        retyped(Field::Transcript);
        revalidate();
    }
}

void LogForm::setReason(const QString& text) {
    if (text != m_reason) {
        m_reason = text;
        Q_EMIT reasonChanged();
        retyped(Field::Reason);
    }
}

core::domain::EntryDraft LogForm::entryDraft() const {
    core::domain::EntryDraft draft;
    draft.entryNumber = m_entryNumber;
    draft.registrationDate = m_date;
    draft.subjectName = m_name;
    draft.outcome = m_outcome == Outcome::Corrected   ? core::Outcome::Corrected
                    : m_outcome == Outcome::Escalated ? core::Outcome::Escalated
                                                      : core::Outcome::Match;
    for (const core::CorrectionInput& c : m_corrections->inputs()) {
        draft.corrections.push_back(core::domain::DraftCorrection{c.fieldKey, c.before, c.after});
    }
    draft.transcript = m_transcript;
    return draft;
}

// The draft as the domain sees it, live (DraftStage::Live: what is required is said when saving, so an empty field
// says nothing yet): each field's note from its own findings, each correction's class and findings — both of its
// values are checked — handed to the corrections.
void LogForm::revalidate() {
    if (!m_schema) {
        return;
    }
    m_checked = core::domain::checkDraft(*m_schema, entryDraft(), m_range, core::domain::DraftStage::Live, m_rules);
    const bool vi = vietnamese();
    const core::domain::KeyFields& keys = m_schema->keys;
    m_entryNote = firstNote(m_checked.fieldFindings(keys.number), *m_schema, vi);
    m_dateNote = firstNote(m_checked.fieldFindings(keys.date), *m_schema, vi);
    m_nameNote = firstNote(m_checked.fieldFindings(keys.name), *m_schema, vi);
    m_transcriptNote = firstNote(m_checked.fieldFindings(kTranscript), *m_schema, vi);
    m_corrections->setChecked(m_checked.corrections);
    Q_EMIT notesChanged();
}

void LogForm::setOutcome(Outcome outcome) {
    if (outcome != m_outcome) {
        m_outcome = outcome;
        Q_EMIT outcomeChanged();
        revalidate();
    }
}

int LogForm::addCorrection(const QString& fieldKey) {
    if (!m_schema) {
        return -1;
    }
    // The register's value of the entry's name or its registration date is what was just typed above.
    const QString after = fieldKey == m_schema->keys.name   ? m_name
                          : fieldKey == m_schema->keys.date ? m_date
                                                            : QString();
    const int row = m_corrections->add(fieldKey, after);
    if (row >= 0) {
        setOutcome(Outcome::Corrected);
        revalidate();
    }
    return row;
}

void LogForm::removeCorrection(int row) {
    m_corrections->remove(row);
    if (m_corrections->count() == 0 && m_outcome == Outcome::Corrected) {
        setOutcome(Outcome::None);
    }
    revalidate();
}

// An impossible date and the corrections go into the transcript (core::domain::escalationTranscript); both are put
// aside, so Esc gives them back as they were typed.
void LogForm::beginEscalation() {
    const bool impossibleDate = m_dateNote.blocking && !m_date.trimmed().isEmpty();
    const std::vector<core::CorrectionInput> typed = m_corrections->inputs();
    std::vector<core::domain::DraftCorrection> corrections;
    for (const core::CorrectionInput& c : typed) {
        corrections.push_back({c.fieldKey, c.before, c.after});
    }
    m_escalationAside = EscalationAside{impossibleDate ? m_date : QString(), typed};
    const QString transcript =
        m_schema ? core::domain::escalationTranscript(*m_schema, m_escalationAside->date, m_transcript, corrections)
                 : m_transcript;
    if (impossibleDate) {
        setRegistrationDate({});
    }
    m_corrections->clear();
    setTranscript(transcript);
    setOutcome(Outcome::Escalated);
}

void LogForm::cancelOutcome() {
    m_corrections->clear();
    setTranscript({});
    if (m_outcome == Outcome::Escalated && m_escalationAside) {
        // What F5 moved into the transcript comes back where it was typed.
        if (!m_escalationAside->date.isEmpty()) {
            setRegistrationDate(m_escalationAside->date);
        }
        m_corrections->setInputs(m_escalationAside->corrections);
    }
    m_escalationAside.reset();
    setOutcome(m_corrections->rowCount() > 0 ? Outcome::Corrected : Outcome::None);
    revalidate();
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
    Outcome outcome = Outcome::None;
    if (!corrections.empty()) {
        outcome = Outcome::Corrected;
    } else if (check.outcome == core::Outcome::Escalated) {
        outcome = Outcome::Escalated;
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

// Ends with setEntryNumber, which checks the whole draft again and looks at the entry's warnings.
void LogForm::restore(const Draft& draft) {
    m_escalationAside.reset(); // another entry: nothing of the last one's escalation comes back
    m_corrections->setInputs(draft.corrections);
    setOutcome(draft.outcome);
    setReason({});
    setRegistrationDate(draft.date);
    setSubjectName(draft.name);
    setTranscript(draft.transcript);
    setEntryNumber(draft.entryNumber);
}

// A refusal is about what was typed: once the part it sent the focus to is typed again, it is no longer true (the live
// note beside the field says what is still wrong), so it goes rather than stay on screen over a fixed field. A
// refusal that blamed no field (the disk, the session) stays until the next save or Esc.
void LogForm::retyped(Field field) {
    if (m_error && m_problemField != Field::None && m_problemField == field) {
        clearMessage();
    }
}

void LogForm::clearMessage() {
    if (m_error) {
        m_error.reset();
        m_localFindings.clear();
        m_problemField = Field::None;
        m_problemRow = -1;
        Q_EMIT messageChanged();
    }
}

} // namespace dc::gui
