// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/LogForm.h"
#include "app/gui/TrainingSidesModel.h"
#include "core/Error.h"

#include <QHash>
#include <QKeyEvent>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The logging screen's training part (issue 18 part 2), on a training site only (`active`): the two sides of the entry
// whose number is typed — what the paper book shows and what the "national database" shows (TrainingService::entry) —
// and the keys pressed on the screen for the entry (every key press in the window between two saves — a key press, or
// the shortcut it triggered — modifiers alone and auto-repeat not counted), noted with the saved check after each save
// (TrainingService::noteKeys). After the book's last entry is saved, bookFinished() asks for the score screen.
class TrainingDesk : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The logging screen's form: its book, the entry number typed and its saves.
    Q_PROPERTY(dc::gui::LogForm* form READ form WRITE setForm NOTIFY formChanged)
    // Only on a training site (TrainingMode.training): off, it reads nothing and counts nothing.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // The window whose key presses are counted (the page's Window.window; a QObject for QML's sake).
    Q_PROPERTY(QObject* window READ window WRITE setWindow NOTIFY windowChanged)
    // Off while the page is hidden or paused: nothing is counted then.
    Q_PROPERTY(bool counting READ counting WRITE setCounting NOTIFY countingChanged)
    Q_PROPERTY(dc::gui::TrainingSidesModel* sides READ sides CONSTANT)
    Q_PROPERTY(int entryNumber READ entryNumber NOTIFY entryChanged) // 0: no entry of the book under that number
    Q_PROPERTY(bool illegible READ illegible NOTIFY entryChanged)
    // The records the national database shows for the entry: 0 (none: missing), 1, or 2 (it holds the record twice).
    Q_PROPERTY(int databaseRecords READ databaseRecords NOTIFY entryChanged)
    Q_PROPERTY(int keys READ keys NOTIFY keysChanged)            // pressed for this entry so far
    Q_PROPERTY(QString message READ message NOTIFY entryChanged) // why the entry could not be read

public:
    explicit TrainingDesk(QObject* parent = nullptr);
    ~TrainingDesk() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] LogForm* form() const { return m_form; }
    void setForm(LogForm* form);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QObject* window() const { return m_window; }
    void setWindow(QObject* window);
    [[nodiscard]] bool counting() const { return m_counting; }
    void setCounting(bool counting);
    [[nodiscard]] TrainingSidesModel* sides() const { return m_sides; }
    [[nodiscard]] int entryNumber() const { return m_entryNumber; }
    [[nodiscard]] bool illegible() const { return m_illegible; }
    [[nodiscard]] int databaseRecords() const { return m_databaseRecords; }
    [[nodiscard]] int keys() const { return m_keys; }
    [[nodiscard]] QString message() const;

    // Whether a key event is one key press of the checker (not a modifier alone, not auto-repeat).
    [[nodiscard]] static bool counts(const QKeyEvent& event);

Q_SIGNALS:
    void formChanged();
    void activeChanged();
    void windowChanged();
    void countingChanged();
    void entryChanged();
    void keysChanged();
    // The book's last entry was saved: the pair sees its score. Queued: the save's key press is handled first.
    void bookFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showEntry();
    void onSaved();
    void watchKeys();
    [[nodiscard]] core::Session* session() const;

    AppContext* m_context = nullptr;
    QPointer<LogForm> m_form;
    bool m_active = false;
    bool m_filtering = false; // the filter is on the application (while active; removed with this object too)
    QPointer<QObject> m_window;
    bool m_counting = true;
    TrainingSidesModel* m_sides = nullptr;
    int m_entryNumber = 0;
    bool m_illegible = false;
    int m_databaseRecords = 1;
    int m_keys = 0;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
