// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainingDesk.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/services/TrainingService.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>

namespace dc::gui {

TrainingDesk::TrainingDesk(QObject* parent) : QObject(parent), m_sides(new TrainingSidesModel(this)) {}

TrainingDesk::~TrainingDesk() = default;

void TrainingDesk::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("TrainingDesk: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &TrainingDesk::showEntry); // the labels
}

void TrainingDesk::componentComplete() {
    showEntry();
}

core::Session* TrainingDesk::session() const {
    return m_context ? m_context->session()->session() : nullptr;
}

void TrainingDesk::setForm(LogForm* form) {
    if (form == m_form) {
        return;
    }
    if (m_form) {
        disconnect(m_form, nullptr, this, nullptr);
    }
    m_form = form;
    if (m_form) {
        connect(m_form, &LogForm::entryNumberChanged, this, &TrainingDesk::showEntry);
        connect(m_form, &LogForm::bookChanged, this, &TrainingDesk::showEntry);
        connect(m_form, &LogForm::saved, this, &TrainingDesk::onSaved);
    }
    Q_EMIT formChanged();
    showEntry();
}

void TrainingDesk::setActive(bool active) {
    if (active == m_active) {
        return;
    }
    m_active = active;
    m_keys = 0;
    watchKeys();
    Q_EMIT activeChanged();
    Q_EMIT keysChanged();
    showEntry();
}

void TrainingDesk::setWindow(QObject* window) {
    if (window == m_window) {
        return;
    }
    m_window = window;
    watchKeys();
    Q_EMIT windowChanged();
}

// On the application: a key that triggers a shortcut (the outcome keys F1–F5, F7, Ctrl+B) never reaches the window as a
// key press — the shortcut map takes it first — so both paths are watched. Only on a training site.
void TrainingDesk::watchKeys() {
    const bool watch = m_active && m_window;
    if (watch == m_filtering) {
        return;
    }
    if (watch) {
        QCoreApplication::instance()->installEventFilter(this);
    } else {
        QCoreApplication::instance()->removeEventFilter(this);
    }
    m_filtering = watch;
}

void TrainingDesk::setCounting(bool counting) {
    if (counting == m_counting) {
        return;
    }
    m_counting = counting;
    Q_EMIT countingChanged();
}

QString TrainingDesk::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

bool TrainingDesk::counts(const QKeyEvent& event) {
    if (event.type() != QEvent::KeyPress || event.isAutoRepeat()) {
        return false;
    }
    switch (event.key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
        return false;
    default:
        return true;
    }
}

// Observes only: the event goes on as before. A key press reaches the window as a KeyPress, or, when it triggers a
// shortcut (the outcome keys), as the shortcut's event instead: each is one key of the checker. The save a key press
// makes (Enter, F1) is counted before its saved() resets the count, so the key that logs the entry is the entry's.
bool TrainingDesk::eventFilter(QObject* watched, QEvent* event) {
    if (!m_active || !m_counting || !m_window) {
        return QObject::eventFilter(watched, event);
    }
    const bool key =
        event->type() == QEvent::KeyPress && watched == m_window && counts(*static_cast<QKeyEvent*>(event));
    const bool shortcut =
        event->type() == QEvent::Shortcut && static_cast<QObject*>(QGuiApplication::focusWindow()) == m_window.data();
    if (key || shortcut) {
        ++m_keys;
        Q_EMIT keysChanged();
    }
    return QObject::eventFilter(watched, event);
}

void TrainingDesk::showEntry() {
    m_error.reset();
    const int number = m_form ? m_form->entryNumber().trimmed().toInt() : 0;
    core::Session* s = session();
    ChosenBook* book = m_form ? m_form->book() : nullptr;
    bool found = false;
    if (m_active && s && book && number > 0) {
        auto entry = guarded([&] { return core::TrainingService::entry(*s, book->book().id, number); });
        if (entry) {
            const bool vietnamese = m_context->language()->vietnamese();
            m_sides->setEntry(book->book().recordType, entry.value(), vietnamese);
            m_entryNumber = entry->entryNumber;
            m_illegible = entry->illegible;
            // What the national database would show: no record, one, or the same record twice (a duplicate there).
            m_databaseRecords = static_cast<int>(core::training::databaseRecords(entry.value()).size());
            found = true;
        } else if (entry.error().code != core::ErrorCode::InvalidInput) { // InvalidInput: no such entry in the book
            m_error = entry.error();
        }
    }
    if (!found) {
        m_sides->clear();
        m_entryNumber = 0;
        m_illegible = false;
        m_databaseRecords = 1;
    }
    Q_EMIT entryChanged();
}

void TrainingDesk::onSaved() {
    if (!m_active) {
        return;
    }
    const int keys = m_keys;
    m_keys = 0;
    Q_EMIT keysChanged();
    const auto check = m_form ? m_form->lastSaved() : std::nullopt;
    core::Session* s = session();
    if (!check || !s) {
        return;
    }
    if (auto noted = guarded([&] { return core::TrainingService::noteKeys(*s, check->uuid, keys); }); !noted) {
        qWarning("TrainingDesk: the keys of a saved entry were not noted");
    }
    ChosenBook* book = m_form->book();
    const auto last = book ? book->book().lastEntry : std::nullopt;
    if (last && check->entryNumber >= *last) {
        QMetaObject::invokeMethod(this, &TrainingDesk::bookFinished, Qt::QueuedConnection);
    }
}

} // namespace dc::gui
