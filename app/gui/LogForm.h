// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/CheckToAmend.h"
#include "app/gui/ChosenBook.h"
#include "app/gui/CorrectionListModel.h"
#include "app/gui/EntryWarnings.h"
#include "app/gui/FindingText.h"
#include "app/gui/RecentChecksModel.h"
#include "app/gui/SchemaFieldModel.h"
#include "core/Error.h"
#include "core/domain/EntryDraft.h"
#include "core/services/CheckLog.h"
#include "core/services/LogService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <utility>
#include <vector>

namespace dc::core {
class Session;
} // namespace dc::core

namespace dc::gui {

class AppContext;

// The view model of the logging screen: what the checker types for one entry of its book (the page's required
// property, given on creation with a check to amend, if any), checked live by core::domain::checkDraft — the one
// composition of an entry's checks, the same the service saves with — each field's finding beside it; logged with
// LogService when an outcome key is pressed; and the session's last entries with amend and void. An entry is
// confirmed only once the service returned success (its transaction committed); a refused one keeps everything typed
// and says why. What a save changed — the book's progress, the last entries, today's counts — comes from the
// service's receipt, read in the save's own transaction: nothing is read back afterwards.
class LogForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // What is typed. The entry number starts as the next one expected (LogService::progress).
    Q_PROPERTY(QString entryNumber READ entryNumber WRITE setEntryNumber NOTIFY entryNumberChanged)
    Q_PROPERTY(QString registrationDate READ registrationDate WRITE setRegistrationDate NOTIFY registrationDateChanged)
    Q_PROPERTY(QString subjectName READ subjectName WRITE setSubjectName NOTIFY subjectNameChanged)
    Q_PROPERTY(QString transcript READ transcript WRITE setTranscript NOTIFY transcriptChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY reasonChanged) // of an amendment
    // Set once, on creation (the logging page's required properties): the book, and a check to amend (or null).
    Q_PROPERTY(dc::gui::ChosenBook* book READ book WRITE setBook NOTIFY bookChanged)
    Q_PROPERTY(dc::gui::CheckToAmend* amendment READ amendment WRITE setAmendment NOTIFY bookChanged)
    Q_PROPERTY(QString bookTitle READ bookTitle NOTIFY bookChanged) // in the interface language
    // The outcome being prepared: None (none yet), Corrected (corrections below) or Escalated (a transcript).
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY outcomeChanged)
    // What checking each field found (core::domain::checkDraft): the sentence, and whether it blocks saving.
    Q_PROPERTY(QString entryNumberNote READ entryNumberNote NOTIFY notesChanged)
    Q_PROPERTY(bool entryNumberBlocking READ entryNumberBlocking NOTIFY notesChanged)
    Q_PROPERTY(QString dateNote READ dateNote NOTIFY notesChanged)
    Q_PROPERTY(bool dateBlocking READ dateBlocking NOTIFY notesChanged)
    Q_PROPERTY(QString nameNote READ nameNote NOTIFY notesChanged)
    Q_PROPERTY(bool nameBlocking READ nameBlocking NOTIFY notesChanged)
    Q_PROPERTY(QString transcriptNote READ transcriptNote NOTIFY notesChanged)
    Q_PROPERTY(bool transcriptBlocking READ transcriptBlocking NOTIFY notesChanged)
    // Amending a logged entry (amendCheck with a reason) rather than logging a new one.
    Q_PROPERTY(bool amending READ amending NOTIFY amendingChanged)
    Q_PROPERTY(int amendingEntry READ amendingEntry NOTIFY amendingChanged)
    // Amending the check the page was given (`amendment`: what the supervisor sent back), whose words the banner shows.
    Q_PROPERTY(bool amendingReturned READ amendingReturned NOTIFY amendingChanged)
    // After a refused save: why (errorText), the findings' sentences, and the field to go back to (Correction with
    // problemRow; None when no field is to blame). Gone once that field is typed again (retyped), or with Esc.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QStringList messageDetails READ messageDetails NOTIFY messageChanged)
    Q_PROPERTY(Field problemField READ problemField NOTIFY messageChanged)
    Q_PROPERTY(int problemRow READ problemRow NOTIFY messageChanged)
    // After a save: "Saved entry 12: Match."
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY confirmationChanged)
    Q_PROPERTY(dc::gui::EntryWarnings* warnings READ warnings CONSTANT)
    Q_PROPERTY(dc::gui::CorrectionListModel* corrections READ corrections CONSTANT)
    Q_PROPERTY(dc::gui::SchemaFieldModel* fields READ fields CONSTANT)
    Q_PROPERTY(dc::gui::RecentChecksModel* recent READ recent CONSTANT)
    // The entry the pair left half typed in this book was brought back (core::DraftService); until it is touched,
    // saved or discarded (Esc, discardDraft).
    Q_PROPERTY(bool draftRestored READ draftRestored NOTIFY draftRestoredChanged)

public:
    // What checking one entry found, as the pair chooses it (core::domain::Outcome, without the void, which is the
    // row that withdraws a check), and None for no outcome prepared yet.
    enum class Outcome {
        None,
        Match,               // F1
        Corrected,           // F2: corrections
        MissingEnteredNew,   // F3
        DuplicateInDatabase, // F4
        Escalated,           // F5: a transcript for the supervisor
    };
    Q_ENUM(Outcome)
    // The parts of the form a refused save sends the focus back to.
    enum class Field { None, EntryNumber, Date, Name, Transcript, Reason, Correction };
    Q_ENUM(Field)

    explicit LogForm(QObject* parent = nullptr);
    ~LogForm() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] QString entryNumber() const { return m_entryNumber; }
    void setEntryNumber(const QString& text);
    [[nodiscard]] QString registrationDate() const { return m_date; }
    void setRegistrationDate(const QString& text);
    [[nodiscard]] QString subjectName() const { return m_name; }
    void setSubjectName(const QString& text);
    [[nodiscard]] QString transcript() const { return m_transcript; }
    void setTranscript(const QString& text);
    [[nodiscard]] QString reason() const { return m_reason; }
    void setReason(const QString& text);
    [[nodiscard]] ChosenBook* book() const { return m_book; }
    void setBook(ChosenBook* book);
    [[nodiscard]] CheckToAmend* amendment() const { return m_amendment; }
    void setAmendment(CheckToAmend* amendment);
    [[nodiscard]] QString bookTitle() const;
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] QString entryNumberNote() const { return m_entryNote.text; }
    [[nodiscard]] bool entryNumberBlocking() const { return m_entryNote.blocking; }
    [[nodiscard]] QString dateNote() const { return m_dateNote.text; }
    [[nodiscard]] bool dateBlocking() const { return m_dateNote.blocking; }
    [[nodiscard]] QString nameNote() const { return m_nameNote.text; }
    [[nodiscard]] bool nameBlocking() const { return m_nameNote.blocking; }
    [[nodiscard]] QString transcriptNote() const { return m_transcriptNote.text; }
    [[nodiscard]] bool transcriptBlocking() const { return m_transcriptNote.blocking; }
    [[nodiscard]] bool amending() const { return m_amendingId != 0; }
    [[nodiscard]] int amendingEntry() const { return m_amendingEntry; }
    [[nodiscard]] bool amendingReturned() const {
        return m_amendingId != 0 && m_amendment && m_amendment->check().id == m_amendingId;
    }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QStringList messageDetails() const;
    [[nodiscard]] Field problemField() const { return m_problemField; }
    [[nodiscard]] int problemRow() const { return m_problemRow; }
    [[nodiscard]] QString confirmation() const;
    [[nodiscard]] EntryWarnings* warnings() const { return m_warnings; }
    [[nodiscard]] CorrectionListModel* corrections() const { return m_corrections; }
    [[nodiscard]] SchemaFieldModel* fields() const { return m_fields; }
    [[nodiscard]] RecentChecksModel* recent() const { return m_recent; }
    [[nodiscard]] bool draftRestored() const { return m_draftRestored; }
    // The check the last save wrote (logged or amended; not a void), for the training desk's keys per entry.
    [[nodiscard]] std::optional<core::LoggedCheck> lastSaved() const {
        if (!m_done || m_done->first == Done::Voided) {
            return std::nullopt;
        }
        return m_done->second;
    }

    // Logs the entry with this outcome (Match, MissingEnteredNew, DuplicateInDatabase; or Corrected / Escalated with
    // what was prepared). Returns whether it was saved; saved() or saveFailed() follows.
    Q_INVOKABLE bool logAs(dc::gui::LogForm::Outcome outcome);
    // Logs the prepared outcome (Enter); false and nothing sent when none is prepared.
    Q_INVOKABLE bool save();
    // Adds a correction of this field (the register's value prefilled when the field is the entry's name or its
    // registration date, already typed above: the schema's keys) and returns its row.
    Q_INVOKABLE int addCorrection(const QString& fieldKey);
    Q_INVOKABLE void removeCorrection(int row);
    // "Cannot decide": a transcript of what the book shows. A registration date the domain refuses (31/04) is
    // moved into the transcript rather than logged.
    Q_INVOKABLE void beginEscalation();
    // Drops the prepared outcome (corrections, transcript).
    Q_INVOKABLE void cancelOutcome();
    // Amends the entry whose number is typed and is already logged (EntryWarnings.alreadyLogged).
    Q_INVOKABLE bool amendLogged();
    // Amends a check of the last entries.
    Q_INVOKABLE bool amendCheck(qint64 checkId);
    Q_INVOKABLE void cancelAmend();
    // Withdraws a check of the last entries (LogService::voidCheck); the reason is required by the service.
    Q_INVOKABLE bool voidCheck(qint64 checkId, const QString& reason);
    Q_INVOKABLE void clearMessage();
    // Throws the restored draft away (core::DraftService::discard): the form starts the next entry afresh.
    Q_INVOKABLE void discardDraft();
    // Keeps what is typed as the pair's draft of the book (core::DraftService::keep; an entry being amended keeps the
    // draft put aside for it). Called before the session closes (sign-out, idle lock, the window closed) and before
    // the page goes (another book). Returns whether a draft worth keeping was kept.
    bool keepDraft();

Q_SIGNALS:
    void bookChanged();
    void entryNumberChanged();
    void registrationDateChanged();
    void subjectNameChanged();
    void transcriptChanged();
    void reasonChanged();
    void outcomeChanged();
    void notesChanged();
    void amendingChanged();
    void messageChanged();
    void confirmationChanged();
    void saved();
    void saveFailed();
    void draftRestoredChanged();

private:
    static constexpr int kRecentLimit = 15; // the last entries shown
    // What F5 moved into an escalation's transcript (an impossible date, the corrections): Esc gives it back.
    struct EscalationAside {
        QString date;
        std::vector<core::CorrectionInput> corrections;
    };
    std::optional<EscalationAside> m_escalationAside;
    enum class Done { Logged, Amended, Voided };
    // What was typed before an amendment was loaded over it: Esc gives it back.
    struct Draft {
        QString entryNumber;
        QString date;
        QString name;
        QString transcript;
        Outcome outcome = Outcome::None;
        std::vector<core::CorrectionInput> corrections;
    };

    [[nodiscard]] core::Session* session() const;
    [[nodiscard]] bool vietnamese() const;
    void load();
    void revalidate();
    void retyped(Field field);
    [[nodiscard]] core::domain::EntryDraft entryDraft() const;
    void setOutcome(Outcome outcome);
    void loadAmendment(const core::LoggedCheck& check);
    void restore(const Draft& draft);
    void endAmendment();
    [[nodiscard]] Draft draft() const;
    void fail(const core::Error& error, const core::domain::Findings& local = {});
    void succeed(Done done, const core::LogReceipt& receipt);
    // LogFormDraft.cpp: the draft kept for the pair.
    void restoreKeptDraft();
    void setDraftRestored(bool restored);

    AppContext* m_context = nullptr;
    EntryWarnings* m_warnings = nullptr;
    CorrectionListModel* m_corrections = nullptr;
    SchemaFieldModel* m_fields = nullptr;
    RecentChecksModel* m_recent = nullptr;
    QPointer<ChosenBook> m_book;
    QPointer<CheckToAmend> m_amendment;
    bool m_loaded = false;
    std::optional<core::Book> m_bookValue;
    const core::domain::EntrySchema* m_schema = nullptr;
    core::domain::EntryRange m_range;
    core::domain::ValidationContext m_rules; // the book's, read once when it is given (no statement per keystroke)
    qint64 m_bookId = 0;
    QString m_entryNumber;
    QString m_date;
    QString m_name;
    QString m_transcript;
    QString m_reason;
    Outcome m_outcome = Outcome::None;
    core::domain::DraftCheck m_checked; // the last live check of the draft (revalidate)
    FieldNote m_entryNote;
    FieldNote m_dateNote;
    FieldNote m_nameNote;
    FieldNote m_transcriptNote;
    qint64 m_amendingId = 0;
    int m_amendingEntry = 0;
    std::optional<Draft> m_beforeAmend;
    std::optional<core::Error> m_error;
    core::domain::Findings m_localFindings;
    Field m_problemField = Field::None;
    int m_problemRow = -1;
    std::optional<std::pair<Done, core::LoggedCheck>> m_done;
    QElapsedTimer m_entryClock; // time spent on the entry, logged with it (CSPro's operator statistics)
    bool m_draftRestored = false;
    bool m_restoringDraft = false; // the restore's own changes do not count as touching the draft
    bool m_draftStored = false;    // a draft of this form may be in the database (restored or kept)
};

} // namespace dc::gui
